package org.aquastream.event.application.port.in.booking;

import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;

/** A user reads one of their bookings; an ADMIN any booking. */
public interface GetBookingUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for someone else's booking
   *     too, so that its existence stays hidden
   */
  BookingView get(Actor actor, BookingId bookingId);
}
