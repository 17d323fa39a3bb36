package org.aquastream.event.application.port.in.booking;

import java.util.Optional;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;

/** An organizer's figures about the bookings of its events, or of one of them. */
public interface GetBookingStatisticsUseCase {

  /**
   * @param organizerId an ADMIN's choice of organizer; an ADMIN naming none sees every organizer's
   * @throws org.aquastream.event.application.error.AccessDeniedException for another organizer's
   *     event or organizer
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown event
   */
  BookingStatistics get(Actor actor, Optional<OrganizerId> organizerId, Optional<EventId> eventId);
}
