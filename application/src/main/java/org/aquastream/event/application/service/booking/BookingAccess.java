package org.aquastream.event.application.service.booking;

import java.util.function.Predicate;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.shared.Actor;

/** Who may see and change a booking: its owner, and ADMINs. */
public final class BookingAccess {
  private BookingAccess() {}

  public static Predicate<Booking> visibleTo(Actor actor) {
    return booking -> actor.isAdmin() || actor.user().map(booking::belongsTo).orElse(false);
  }
}
