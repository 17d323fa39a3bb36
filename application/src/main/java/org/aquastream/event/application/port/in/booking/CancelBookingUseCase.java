package org.aquastream.event.application.port.in.booking;

import java.util.Optional;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;

/** A user cancels their active booking; its seats go back to the event. */
public interface CancelBookingUseCase {

  /**
   * @throws org.aquastream.event.domain.shared.InvalidStateException unless PENDING or CONFIRMED
   */
  BookingView cancel(Actor actor, BookingId bookingId, Optional<String> reason);
}
