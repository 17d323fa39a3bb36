package org.aquastream.event.application.port.in.booking;

import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.EventId;

/** Every expected answer to a booking request; only {@link Booked} means a seat was taken. */
public sealed interface BookingOutcome {

  /** A seat is yours; {@code replayed} when an earlier request with the same key made it. */
  record Booked(BookingView booking, boolean replayed) implements BookingOutcome {}

  /** No such event, or one that is not public yet. */
  record EventNotFound(EventId eventId) implements BookingOutcome {}

  /** The event exists but takes no bookings now (not published, started, over, cancelled). */
  record EventNotOpen(EventId eventId, String reason) implements BookingOutcome {}

  /** The user must add a phone number or Telegram account before booking. */
  record ProfileIncomplete() implements BookingOutcome {}

  /** The user already holds an active booking for this event. */
  record AlreadyBooked(BookingId existingBookingId) implements BookingOutcome {}

  /** No seat is left; the user may join the waitlist instead. */
  record SoldOut(EventId eventId) implements BookingOutcome {}

  /** The idempotency key was used before for a different request. */
  record KeyReused(String idempotencyKey) implements BookingOutcome {}

  default boolean tookSeat() {
    return this instanceof Booked;
  }
}
