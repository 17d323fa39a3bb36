package org.aquastream.event.application.service.event;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.CompleteFinishedEventsUseCase;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.waitlist.WaitlistClosure;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;

/**
 * Completes PUBLISHED events that have ended: the event COMPLETED, its CONFIRMED bookings
 * COMPLETED, its PENDING bookings EXPIRED, its queue closed — one transaction per event, locked in
 * the order event, bookings, waitlist. The seats of the expired bookings and of the seats held for
 * the queue come back, so a completed event's {@code available} counts the seats nobody used.
 */
public final class CompleteFinishedEventsService implements CompleteFinishedEventsUseCase {
  static final int EVENTS_PER_ROUND = 100;
  static final String REASON = "EVENT_COMPLETED";
  private static final System.Logger LOG =
      System.getLogger(CompleteFinishedEventsService.class.getName());

  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final BookingRepository bookings;
  private final BookingLog bookingLog;
  private final WaitlistClosure waitlistClosure;
  private final BusinessMetrics metrics;
  private final Clock clock;

  public CompleteFinishedEventsService(
      UnitOfWork unitOfWork,
      EventRepository events,
      BookingRepository bookings,
      BookingLog bookingLog,
      WaitlistClosure waitlistClosure,
      BusinessMetrics metrics,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.bookings = bookings;
    this.bookingLog = bookingLog;
    this.waitlistClosure = waitlistClosure;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public int completeFinishedEvents() {
    Instant now = clock.now();
    int completed = 0;
    while (true) {
      List<EventId> ended = events.findPublishedEndedBefore(now, EVENTS_PER_ROUND);
      int round = 0;
      for (EventId id : ended) {
        Optional<Completed> done = unitOfWork.inTransaction(() -> complete(id, now));
        done.ifPresent(this::count);
        round += done.isPresent() ? 1 : 0;
      }
      completed += round;
      if (ended.size() < EVENTS_PER_ROUND || round == 0) {
        break;
      }
    }
    LOG.log(Level.INFO, "Completing finished events: found {0} events to complete", completed);
    return completed;
  }

  /** Completes one event unless another run did already; empty when there was nothing to do. */
  private Optional<Completed> complete(EventId id, Instant now) {
    Optional<Event> locked =
        events
            .lockById(id)
            .filter(e -> e.status() == EventStatus.PUBLISHED)
            .filter(e -> e.details().schedule().hasEnded(now));
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Event event = locked.get();
    events.update(event.complete(now));
    List<Booking> ended = new ArrayList<>();
    List<BookingLogEntry> rows = new ArrayList<>();
    int expired = 0;
    int expiredSeats = 0;
    for (Booking booking : bookings.lockActiveByEvent(id)) {
      boolean pending = booking.status() == BookingStatus.PENDING;
      Booking after = pending ? booking.expire(now) : booking.complete(now);
      expired += pending ? 1 : 0;
      expiredSeats += pending ? booking.seats() : 0;
      ended.add(after);
      rows.add(BookingLogEntry.change(booking, after, Optional.empty(), Map.of("reason", REASON)));
    }
    bookings.updateAll(ended);
    bookingLog.appendAll(rows);
    int heldSeats = waitlistClosure.close(event, WaitlistClosure.Reason.EVENT_COMPLETED, now);
    // After the update above, which wrote the count the event had.
    events.releaseSeats(id, expiredSeats + heldSeats);
    return Optional.of(new Completed(expired));
  }

  private void count(Completed done) {
    metrics.record(BusinessEvent.EVENT_COMPLETED);
    if (done.bookingsExpired() > 0) {
      metrics.record(BusinessEvent.BOOKING_EXPIRED, done.bookingsExpired());
    }
  }

  /** What completing one event did beyond the event itself. */
  private record Completed(int bookingsExpired) {}
}
