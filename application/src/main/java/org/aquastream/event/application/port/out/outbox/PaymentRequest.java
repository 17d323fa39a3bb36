package org.aquastream.event.application.port.out.outbox;

import java.util.Objects;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;

/** A request to open the payment of a booking: who pays how much for what. */
public record PaymentRequest(BookingId bookingId, UserId userId, Money amount, String description)
    implements OutboxPayload {
  public PaymentRequest {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(description, "description");
  }

  /** The payment of {@code booking}, described by the title of its event. */
  public static PaymentRequest of(Booking booking, String eventTitle) {
    return new PaymentRequest(booking.id(), booking.userId(), booking.amount(), eventTitle);
  }

  /** One payment per booking, however often it is asked for. */
  @Override
  public String idempotencyKey() {
    return "payment.init:" + bookingId;
  }
}
