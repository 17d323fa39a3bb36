package org.aquastream.event.application.service.booking;

import java.util.function.Predicate;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/**
 * Which bookings an organizer may see and change: those of the events it manages (an ADMIN all).
 * Any other booking is reported missing, so that its existence stays hidden.
 */
final class OrganizerBookingAccess {
  private final OrganizerAccess access;
  private final EventRepository events;

  OrganizerBookingAccess(OrganizerAccess access, EventRepository events) {
    this.access = access;
    this.events = events;
  }

  Predicate<Booking> visibleTo(Actor actor) {
    Permissions.require(actor, Role.ORGANIZER);
    return booking ->
        events.findById(booking.eventId()).map(event -> access.manages(actor, event)).orElse(false);
  }
}
