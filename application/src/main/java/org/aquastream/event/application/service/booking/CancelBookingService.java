package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.CancelBookingUseCase;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.application.service.waitlist.SeatRelease;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** Cancels an active booking and gives its seats back in the same transaction. */
public final class CancelBookingService implements CancelBookingUseCase {
  private static final System.Logger LOG = System.getLogger(CancelBookingService.class.getName());

  private final BookingChanges changes;
  private final SeatRelease seatRelease;
  private final Clock clock;

  public CancelBookingService(BookingChanges changes, SeatRelease seatRelease, Clock clock) {
    this.changes = changes;
    this.seatRelease = seatRelease;
    this.clock = clock;
  }

  @Override
  public BookingView cancel(Actor actor, BookingId bookingId, Optional<String> reason) {
    Permissions.require(actor, Role.USER);
    BookingView cancelled =
        changes.apply(
            actor,
            bookingId,
            BookingAccess.visibleTo(actor),
            booking -> {
              Booking after = booking.cancel(reason.orElse(null), clock.now());
              seatRelease.release(after.eventId(), after.seats());
              return after;
            });
    LOG.log(Level.INFO, "Booking cancelled: id={0}", bookingId);
    return cancelled;
  }
}
