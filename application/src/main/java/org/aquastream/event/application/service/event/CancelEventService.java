package org.aquastream.event.application.service.event;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aquastream.event.application.port.in.event.CancelEventUseCase;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.booking.BookingFollowUps;
import org.aquastream.event.application.service.waitlist.WaitlistClosure;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/**
 * Cancels an event and, in the same transaction, every active booking of it and every place in its
 * queue (lock order: event, bookings, waitlist); every holder and waiting user is notified, and
 * paid bookings get their refunds, through the outbox in the same transaction.
 */
public final class CancelEventService implements CancelEventUseCase {
  static final String REASON = "EVENT_CANCELLED";
  private static final System.Logger LOG = System.getLogger(CancelEventService.class.getName());

  private final EventChanges changes;
  private final BookingRepository bookings;
  private final BookingLog bookingLog;
  private final WaitlistClosure waitlistClosure;
  private final BusinessMetrics metrics;
  private final BookingFollowUps followUps;
  private final Clock clock;

  public CancelEventService(
      EventChanges changes,
      BookingRepository bookings,
      BookingLog bookingLog,
      WaitlistClosure waitlistClosure,
      BusinessMetrics metrics,
      BookingFollowUps followUps,
      Clock clock) {
    this.changes = changes;
    this.bookings = bookings;
    this.bookingLog = bookingLog;
    this.waitlistClosure = waitlistClosure;
    this.metrics = metrics;
    this.followUps = followUps;
    this.clock = clock;
  }

  @Override
  public EventView cancel(Actor actor, EventId eventId) {
    return changes.apply(actor, eventId, event -> cancelWithBookings(actor, event));
  }

  private Event cancelWithBookings(Actor actor, Event event) {
    Instant now = clock.now();
    Event cancelled = event.cancel(now);
    List<Booking> active = bookings.lockActiveByEvent(event.id());
    List<Booking> ended = new ArrayList<>(active.size());
    List<BookingLogEntry> entries = new ArrayList<>(active.size());
    for (Booking booking : active) {
      Booking cancelledBooking = booking.cancel(REASON, now);
      ended.add(cancelledBooking);
      entries.add(BookingLogEntry.change(booking, cancelledBooking, actor.user()));
      followUps.cancelledWithEvent(booking, cancelledBooking, event);
    }
    bookings.updateAll(ended);
    bookingLog.appendAll(entries);
    // Every seat comes back with the cancelled event, held ones included.
    waitlistClosure.close(event, WaitlistClosure.Reason.EVENT_CANCELLED, now);
    metrics.record(BusinessEvent.BOOKING_CANCELLED, ended.size());
    LOG.log(
        Level.INFO,
        "Event cancelled: id={0}, bookingsCancelled={1}",
        event.id(),
        String.valueOf(ended.size()));
    return cancelled;
  }
}
