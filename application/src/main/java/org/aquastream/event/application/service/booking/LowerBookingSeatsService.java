package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.LowerBookingSeatsUseCase;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.application.service.waitlist.SeatRelease;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/**
 * Makes a party's booking smaller in one transaction: the booking holds fewer seats and costs their
 * price, the seats let go go back through {@link SeatRelease} (to the waitlist first), and a paid
 * CONFIRMED booking's refund of the difference is recorded in the outbox ({@link
 * BookingFollowUps}).
 */
public final class LowerBookingSeatsService implements LowerBookingSeatsUseCase {
  private static final System.Logger LOG =
      System.getLogger(LowerBookingSeatsService.class.getName());

  private final BookingChanges changes;
  private final SeatRelease seatRelease;
  private final Clock clock;

  public LowerBookingSeatsService(BookingChanges changes, SeatRelease seatRelease, Clock clock) {
    this.changes = changes;
    this.seatRelease = seatRelease;
    this.clock = clock;
  }

  @Override
  public BookingView lower(Actor actor, BookingId bookingId, int seats) {
    Permissions.require(actor, Role.USER);
    BookingView lowered =
        changes.apply(
            actor,
            bookingId,
            BookingAccess.visibleTo(actor),
            booking -> {
              Booking after = booking.lowerSeats(seats, clock.now());
              seatRelease.release(after.eventId(), booking.seats() - after.seats());
              return after;
            });
    LOG.log(
        Level.INFO, "Booking seats lowered: id={0}, seats={1}", bookingId, String.valueOf(seats));
    return lowered;
  }
}
