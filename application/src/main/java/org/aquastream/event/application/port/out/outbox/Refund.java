package org.aquastream.event.application.port.out.outbox;

import java.util.Objects;
import java.util.UUID;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Money;

/**
 * A request to give back money of a booking's payment: all that is left of it, or the part a
 * smaller party no longer pays for. {@code idempotencyKey} names the refund once and for all.
 */
public record Refund(
    UUID paymentId, BookingId bookingId, Money amount, String reason, String idempotencyKey)
    implements OutboxPayload {
  /** Why a part of a payment goes back. */
  public static final String SEATS_LOWERED = "SEATS_LOWERED";

  public Refund {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /** What is left of a payment, once per payment: the booking ended. */
  public static Refund ofRest(UUID paymentId, BookingId bookingId, Money amount, String reason) {
    return new Refund(paymentId, bookingId, amount, reason, "refund:" + paymentId);
  }

  /**
   * The price of seats a party let go, once per lowering: seats only ever go down, so the seats
   * left name the lowering.
   */
  public static Refund ofSeats(UUID paymentId, BookingId bookingId, Money amount, int seatsLeft) {
    return new Refund(
        paymentId, bookingId, amount, SEATS_LOWERED, "refund:" + paymentId + ":seats-" + seatsLeft);
  }
}
