package org.aquastream.event.application.port.in.booking;

import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;

/** An organizer reads one booking of its events. */
public interface GetOrganizerBookingUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for a booking of another
   *     organizer's event too, so that its existence stays hidden
   */
  BookingView get(Actor actor, BookingId bookingId);
}
