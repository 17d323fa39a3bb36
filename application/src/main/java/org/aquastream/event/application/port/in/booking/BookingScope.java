package org.aquastream.event.application.port.in.booking;

import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.OrganizerId;

/**
 * Which bookings an organizer's view covers: those of one organizer's events (every organizer's
 * when empty, for an ADMIN), optionally of one event only.
 */
public record BookingScope(Optional<OrganizerId> organizer, Optional<EventId> event) {
  public BookingScope {
    Objects.requireNonNull(organizer, "organizer");
    Objects.requireNonNull(event, "event");
  }
}
