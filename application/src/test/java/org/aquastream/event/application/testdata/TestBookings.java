package org.aquastream.event.application.testdata;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;

/**
 * Bookings in any state, built the way a stored one is rebuilt; for states that no use case of the
 * test reaches (a SUCCEEDED payment, an EXPIRED booking, ...).
 */
public final class TestBookings {
  private TestBookings() {}

  /** A PENDING booking of {@code event} by {@code user}, created at {@link TestTimes#NOW}. */
  public static Builder aBookingOf(Event event, UserId user) {
    return new Builder(event, user);
  }

  /** Builds a {@link Booking}; amount and payment status follow the event's price by default. */
  public static final class Builder {
    private final Event event;
    private final UserId user;
    private BookingId id = BookingId.newId();
    private BookingStatus status = BookingStatus.PENDING;
    private PaymentStatus payment;
    private Instant createdAt = TestTimes.NOW;
    private Duration ttl = Duration.ofMinutes(30);
    private String cancelReason;

    private Builder(Event event, UserId user) {
      this.event = event;
      this.user = user;
    }

    public Builder id(BookingId value) {
      id = value;
      return this;
    }

    public Builder status(BookingStatus value) {
      status = value;
      return this;
    }

    public Builder payment(PaymentStatus value) {
      payment = value;
      return this;
    }

    public Builder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    public Builder ttl(Duration value) {
      ttl = value;
      return this;
    }

    public Builder cancelReason(String value) {
      cancelReason = value;
      return this;
    }

    public Booking build() {
      Money amount = event.details().price().money().orElse(Money.zero(event.currency()));
      PaymentStatus paymentStatus =
          payment != null
              ? payment
              : event.details().price().requiresPayment()
                  ? PaymentStatus.PENDING
                  : PaymentStatus.NOT_REQUIRED;
      return Booking.restore()
          .id(id)
          .eventId(event.id())
          .userId(user)
          .status(status)
          .amount(amount)
          .paymentStatus(paymentStatus)
          .paymentId(paymentStatus == PaymentStatus.NOT_REQUIRED ? null : new UUID(7, 7))
          .expiresAt(createdAt.plus(ttl))
          .cancelReason(cancelReason)
          .createdBy(user)
          .createdAt(createdAt)
          .updatedAt(createdAt)
          .build();
    }
  }
}
