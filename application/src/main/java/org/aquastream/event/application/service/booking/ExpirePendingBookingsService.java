package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aquastream.event.application.port.in.booking.ExpirePendingBookingsUseCase;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.waitlist.SeatRelease;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/**
 * Expires PENDING bookings whose {@code expiresAt} plus the grace period has passed, freeing their
 * seats through {@link SeatRelease}. Works in batches of at most {@code batchSize} bookings, each
 * its own transaction that locks the batch's events (in id order) before their bookings, so that it
 * never deadlocks with an event being cancelled and never grows with the backlog. A batch is a
 * handful of set statements whatever its size: the events locked at once, the bookings read and
 * written back at once, their audit rows and notifications each in one insert, the seats of every
 * event without a queue given back in one update (docs/adr/0026).
 */
public final class ExpirePendingBookingsService implements ExpirePendingBookingsUseCase {
  static final String REASON = "TTL_EXPIRED";
  private static final System.Logger LOG =
      System.getLogger(ExpirePendingBookingsService.class.getName());

  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final BookingRepository bookings;
  private final BookingLog bookingLog;
  private final SeatRelease seatRelease;
  private final BookingPolicy policy;
  private final BusinessMetrics metrics;
  private final BookingFollowUps followUps;
  private final Clock clock;
  private final int batchSize;

  public ExpirePendingBookingsService(
      UnitOfWork unitOfWork,
      EventRepository events,
      BookingRepository bookings,
      BookingLog bookingLog,
      SeatRelease seatRelease,
      BookingPolicy policy,
      BusinessMetrics metrics,
      BookingFollowUps followUps,
      Clock clock,
      int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.bookings = bookings;
    this.bookingLog = bookingLog;
    this.seatRelease = seatRelease;
    this.policy = policy;
    this.metrics = metrics;
    this.followUps = followUps;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  @Override
  public int expirePendingBookings() {
    Instant now = clock.now();
    Instant cutoff = now.minus(policy.gracePeriod());
    int total = 0;
    while (true) {
      Batch batch = unitOfWork.inTransaction(() -> expireBatch(cutoff, now));
      total += batch.expired();
      if (batch.expired() > 0) {
        metrics.record(BusinessEvent.BOOKING_EXPIRED, batch.expired());
      }
      // A short batch was the last one; a batch that expired nothing found only bookings other
      // transactions hold or changed, which the next run sees again.
      if (batch.found() < batchSize || batch.expired() == 0) {
        break;
      }
    }
    LOG.log(Level.INFO, "Expiring pending bookings: found {0} expired bookings", total);
    return total;
  }

  private Batch expireBatch(Instant cutoff, Instant now) {
    List<Booking> due = bookings.findDuePending(cutoff, batchSize);
    if (due.isEmpty()) {
      return new Batch(0, 0);
    }
    // Lock order: every event of the batch first, in id order (one statement), then the bookings.
    Map<EventId, Event> locked = new HashMap<>();
    events
        .lockAll(due.stream().map(Booking::eventId).collect(Collectors.toSet()))
        .forEach(event -> locked.put(event.id(), event));
    List<BookingId> ids = due.stream().map(Booking::id).toList();
    List<Booking> expired = new ArrayList<>();
    List<BookingLogEntry> rows = new ArrayList<>();
    List<BookingFollowUps.Change> changes = new ArrayList<>();
    Map<EventId, Integer> freedPerEvent = new HashMap<>();
    for (Booking booking : bookings.lockDuePending(ids, cutoff)) {
      Booking after = booking.expire(now);
      expired.add(after);
      rows.add(BookingLogEntry.change(booking, after, Optional.empty(), Map.of("reason", REASON)));
      changes.add(new BookingFollowUps.Change(booking, after, locked.get(after.eventId())));
      freedPerEvent.merge(after.eventId(), 1, Integer::sum);
    }
    bookings.updateAll(expired);
    bookingLog.appendAll(rows);
    followUps.changedAll(changes);
    seatRelease.releaseAll(freedPerEvent);
    return new Batch(due.size(), expired.size());
  }

  /** How many due bookings a batch found and how many of them it expired. */
  private record Batch(int found, int expired) {}
}
