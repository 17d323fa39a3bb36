package org.aquastream.event.application.service.booking;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;

/**
 * The shared shape of a change to one booking: lock its event, then the booking (the lock order of
 * docs/adr/0002), check the actor may change it, apply the change, store it with its audit row and
 * its outbox messages (notification, refund), count it, and answer with the stored view. A change
 * that leaves the booking as it was (the same instance) stores nothing.
 */
public final class BookingChanges {
  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final BookingRepository bookings;
  private final BookingLog bookingLog;
  private final BookingQueries queries;
  private final BookingViews views;
  private final BusinessMetrics metrics;
  private final BookingFollowUps followUps;

  public BookingChanges(
      UnitOfWork unitOfWork,
      EventRepository events,
      BookingRepository bookings,
      BookingLog bookingLog,
      BookingQueries queries,
      BookingViews views,
      BusinessMetrics metrics,
      BookingFollowUps followUps) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.bookings = bookings;
    this.bookingLog = bookingLog;
    this.queries = queries;
    this.views = views;
    this.metrics = metrics;
    this.followUps = followUps;
  }

  /**
   * Applies {@code change} to a booking that {@code mayChange} lets the actor touch; any other
   * booking is reported missing. {@code change} runs inside the transaction after both locks, so it
   * may also free the booking's seats. A new status is counted.
   */
  public BookingView apply(
      Actor actor, BookingId id, Predicate<Booking> mayChange, UnaryOperator<Booking> change) {
    Changed changed =
        unitOfWork.inTransaction(
            () -> {
              Booking seen =
                  bookings
                      .findById(id)
                      .filter(mayChange)
                      .orElseThrow(() -> new NotFoundException("booking", id));
              Event event = events.lockById(seen.eventId()).orElseThrow();
              Booking current = bookings.lockById(id).orElseThrow();
              Booking after = change.apply(current);
              if (after != current) {
                bookings.update(after);
                bookingLog.append(BookingLogEntry.change(current, after, actor.user()));
                followUps.changed(current, after, event);
              }
              return new Changed(current.status(), after.status());
            });
    if (changed.from() != changed.to()) {
      BusinessEvent.ofBookingStatus(changed.to()).ifPresent(metrics::record);
    }
    return queries.find(id).map(views::of).orElseThrow(() -> new NotFoundException("booking", id));
  }

  /** The status a change found and the one it left. */
  private record Changed(BookingStatus from, BookingStatus to) {}
}
