package org.aquastream.event.domain.testdata;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.Price;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;

/**
 * Bookings in any state, built the way a stored one is rebuilt: by default PENDING, of one seat,
 * made at {@link TestTimes#NOW}, for the event's price, with no payment opened yet.
 */
public final class TestBookings {
  /** How long a test booking waits for its confirmation. */
  public static final Duration TTL = Duration.ofMinutes(30);

  /** How long after its expiry a paid-for booking may still be confirmed. */
  public static final Duration GRACE = Duration.ofMinutes(5);

  private TestBookings() {}

  public static BookingBuilder aBookingOf(Event event, UserId user) {
    return new BookingBuilder(event, user);
  }

  /**
   * A booking by {@link TestUsers#ALICE} in {@code status}: of a free event when {@code payment} is
   * NOT_REQUIRED, else of one that costs 1500.00.
   */
  public static BookingBuilder aBooking(BookingStatus status, PaymentStatus payment) {
    TestEvents.EventBuilder event = TestEvents.aPublishedEvent();
    if (payment != PaymentStatus.NOT_REQUIRED) {
      event.price("1500.00");
    }
    return aBookingOf(event.build(), TestUsers.ALICE).status(status).paymentStatus(payment);
  }

  /** Builds a {@link Booking}; amount and payment status follow the event's price by default. */
  public static final class BookingBuilder {
    private final Event event;
    private final UserId user;
    private BookingId id = BookingId.newId();
    private int seats = 1;
    private BookingStatus status = BookingStatus.PENDING;
    private PaymentStatus paymentStatus;
    private UUID paymentId;
    private String paymentUrl;
    private String cancelReason;
    private Instant createdAt = NOW;
    private Duration ttl = TTL;

    private BookingBuilder(Event event, UserId user) {
      this.event = event;
      this.user = user;
    }

    public BookingBuilder id(BookingId value) {
      id = value;
      return this;
    }

    public BookingBuilder id(String uuid) {
      return id(new BookingId(UUID.fromString(uuid)));
    }

    /** A party of {@code value}; its amount is the event's price times that. */
    public BookingBuilder seats(int value) {
      seats = value;
      return this;
    }

    public BookingBuilder status(BookingStatus value) {
      status = value;
      return this;
    }

    public BookingBuilder paymentStatus(PaymentStatus value) {
      paymentStatus = value;
      return this;
    }

    /** The payment opened for the booking at the Payment Service; {@code url} may be null. */
    public BookingBuilder payment(UUID paymentIdValue, String url) {
      paymentId = paymentIdValue;
      paymentUrl = url;
      return this;
    }

    /** Its payment succeeded: a payment was opened and reported SUCCEEDED. */
    public BookingBuilder paid() {
      if (paymentId == null) {
        payment(UUID.randomUUID(), null);
      }
      return paymentStatus(PaymentStatus.SUCCEEDED);
    }

    public BookingBuilder cancelReason(String value) {
      cancelReason = value;
      return this;
    }

    /** Also when it expires: {@code createdAt + ttl}. */
    public BookingBuilder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    public BookingBuilder ttl(Duration value) {
      ttl = value;
      return this;
    }

    public Booking build() {
      Price price = event.details().price();
      PaymentStatus payment =
          paymentStatus != null
              ? paymentStatus
              : price.requiresPayment() ? PaymentStatus.PENDING : PaymentStatus.NOT_REQUIRED;
      return Booking.restore()
          .id(id)
          .eventId(event.id())
          .userId(user)
          .seats(seats)
          .status(status)
          .amount(price.money().orElse(Money.zero(event.currency())).times(seats))
          .paymentStatus(payment)
          .paymentId(paymentId)
          .paymentUrl(paymentUrl)
          .expiresAt(createdAt.plus(ttl))
          .cancelReason(cancelReason)
          .createdBy(user)
          .createdAt(createdAt)
          .updatedAt(createdAt)
          .build();
    }
  }
}
