package org.aquastream.event.application.service.booking;

import java.util.Optional;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingScope;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;

/**
 * Which bookings an organizer's list or statistics may cover: its own organizer's (an ADMIN's
 * choice, or all), and a named event only when the actor manages it.
 */
final class OrganizerBookingScopes {
  private final OrganizerAccess access;
  private final EventRepository events;

  OrganizerBookingScopes(OrganizerAccess access, EventRepository events) {
    this.access = access;
    this.events = events;
  }

  BookingScope resolve(Actor actor, Optional<OrganizerId> organizerId, Optional<EventId> eventId) {
    Optional<OrganizerId> organizer = access.scope(actor, organizerId);
    eventId.ifPresent(
        id -> {
          Event event = events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
          access.requireManages(actor, event);
        });
    return new BookingScope(organizer, eventId);
  }
}
