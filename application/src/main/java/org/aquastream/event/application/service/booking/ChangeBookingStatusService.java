package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.ChangeBookingStatusUseCase;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.application.service.waitlist.SeatRelease;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;

/**
 * An organizer's move of a booking of its events: confirm (payment taken outside the service),
 * cancel, or record a no-show. The booking's event is locked first; a move that ends an active
 * booking gives its seats back in the same transaction.
 */
public final class ChangeBookingStatusService implements ChangeBookingStatusUseCase {
  /** The reason kept when the organizer gives none, like EVENT_CANCELLED for a whole event. */
  static final String DEFAULT_CANCEL_REASON = "CANCELLED_BY_ORGANIZER";

  private static final System.Logger LOG =
      System.getLogger(ChangeBookingStatusService.class.getName());

  private final BookingChanges changes;
  private final OrganizerBookingAccess access;
  private final EventRepository events;
  private final SeatRelease seatRelease;
  private final Clock clock;

  public ChangeBookingStatusService(
      BookingChanges changes,
      OrganizerAccess access,
      EventRepository events,
      SeatRelease seatRelease,
      Clock clock) {
    this.changes = changes;
    this.access = new OrganizerBookingAccess(access, events);
    this.events = events;
    this.seatRelease = seatRelease;
    this.clock = clock;
  }

  @Override
  public BookingView change(Command command) {
    BookingView changed =
        changes.apply(
            command.actor(),
            command.bookingId(),
            access.visibleTo(command.actor()),
            booking -> move(booking, command));
    LOG.log(
        Level.INFO,
        "Booking status set by organizer: id={0}, status={1}",
        command.bookingId(),
        command.target());
    return changed;
  }

  /** Runs after the event and the booking are locked. */
  private Booking move(Booking booking, Command command) {
    Instant now = clock.now();
    Booking after =
        switch (command.target()) {
          case CONFIRMED -> booking.confirmManually(now);
          case CANCELLED -> booking.cancel(command.reason().orElse(DEFAULT_CANCEL_REASON), now);
          case NO_SHOW -> booking.markNoShow(lockedEvent(booking), now);
          default -> throw new IllegalStateException("not an organizer's target: " + command);
        };
    if (booking.status().holdsSeat() && !after.status().holdsSeat()) {
      seatRelease.release(after.eventId(), after.seats());
    }
    return after;
  }

  private Event lockedEvent(Booking booking) {
    return events.findById(booking.eventId()).orElseThrow();
  }
}
