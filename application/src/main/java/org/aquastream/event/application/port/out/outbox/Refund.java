package org.aquastream.event.application.port.out.outbox;

import java.util.Objects;
import java.util.UUID;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Money;

/** A request to give back the money of a booking's payment. */
public record Refund(UUID paymentId, BookingId bookingId, Money amount, String reason)
    implements OutboxPayload {
  public Refund {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
  }

  /** One refund per payment. */
  @Override
  public String idempotencyKey() {
    return "refund:" + paymentId;
  }
}
