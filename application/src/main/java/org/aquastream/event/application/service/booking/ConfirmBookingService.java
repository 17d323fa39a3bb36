package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.ConfirmBookingUseCase;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** PENDING → CONFIRMED for a free or paid-for booking, before it expires. */
public final class ConfirmBookingService implements ConfirmBookingUseCase {
  private static final System.Logger LOG = System.getLogger(ConfirmBookingService.class.getName());

  private final BookingChanges changes;
  private final BookingPolicy policy;
  private final Clock clock;

  public ConfirmBookingService(BookingChanges changes, BookingPolicy policy, Clock clock) {
    this.changes = changes;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public BookingView confirm(Actor actor, BookingId bookingId) {
    Permissions.require(actor, Role.USER);
    BookingView confirmed =
        changes.apply(
            actor,
            bookingId,
            BookingAccess.visibleTo(actor),
            booking -> booking.confirm(clock.now(), policy.gracePeriod()));
    LOG.log(Level.INFO, "Booking confirmed: id={0}", bookingId);
    return confirmed;
  }
}
