package org.aquastream.event.application.port.in.booking;

import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;

/** A party got smaller: the booking's owner gives some of its seats back. */
public interface LowerBookingSeatsUseCase {

  /**
   * Lowers the seats of the actor's active booking to {@code seats}; the freed seats go back to the
   * event, or to its waitlist, in the same transaction. A paid CONFIRMED booking gets the price of
   * the seats let go refunded through the outbox. The same seats again change nothing.
   *
   * @throws org.aquastream.event.domain.shared.InvalidValueException naming {@code seats} for 0, a
   *     negative number or more than the booking holds
   * @throws org.aquastream.event.domain.shared.InvalidStateException for a booking that holds no
   *     seats, or waits for its payment
   * @throws org.aquastream.event.application.error.NotFoundException for another user's booking
   */
  BookingView lower(Actor actor, BookingId bookingId, int seats);
}
