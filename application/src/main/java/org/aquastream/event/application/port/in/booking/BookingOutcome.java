package org.aquastream.event.application.port.in.booking;

import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.EventId;

/** Every expected answer to a booking request; only {@link Booked} means seats were taken. */
public sealed interface BookingOutcome {

  /** The seats are yours; {@code replayed} when an earlier request with the same key made it. */
  record Booked(BookingView booking, boolean replayed) implements BookingOutcome {}

  /** No such event, or one that is not public yet. */
  record EventNotFound(EventId eventId) implements BookingOutcome {}

  /** The event exists but takes no bookings now (not published, started, over, cancelled). */
  record EventNotOpen(EventId eventId, String reason) implements BookingOutcome {}

  /** The user must add a phone number or Telegram account before booking. */
  record ProfileIncomplete() implements BookingOutcome {}

  /** The user already holds an active booking for this event. */
  record AlreadyBooked(BookingId existingBookingId) implements BookingOutcome {}

  /**
   * Fewer seats are left than the party needs ({@code available} of them, or held for the user);
   * the user may book fewer, or join the waitlist instead.
   */
  record SoldOut(EventId eventId, int available) implements BookingOutcome {}

  /** The idempotency key was used before for a different request. */
  record KeyReused(String idempotencyKey) implements BookingOutcome {}

  default boolean tookSeat() {
    return this instanceof Booked;
  }
}
