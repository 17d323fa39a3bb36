package org.aquastream.event.application.port.in.booking;

import java.util.Optional;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** An organizer lists the bookings of its events, newest first. */
public interface ListOrganizerBookingsUseCase {

  /**
   * @param organizerId an ADMIN's choice of organizer; an ADMIN naming none sees every organizer's
   * @param eventId only this event's bookings
   * @throws org.aquastream.event.application.error.AccessDeniedException for another organizer's
   *     event or organizer
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown event
   */
  Page<BookingView> list(
      Actor actor,
      Optional<OrganizerId> organizerId,
      Optional<EventId> eventId,
      Optional<BookingStatus> status,
      PageRequest page);
}
