package org.aquastream.event.application.port.in.booking;

import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;

/** A user confirms their PENDING booking of a free or paid-for event. */
public interface ConfirmBookingUseCase {

  /**
   * @throws org.aquastream.event.domain.shared.InvalidStateException unless PENDING, paid and in
   *     time
   */
  BookingView confirm(Actor actor, BookingId bookingId);
}
