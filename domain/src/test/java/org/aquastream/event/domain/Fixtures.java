package org.aquastream.event.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.Coordinates;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventDetails;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.event.Price;
import org.aquastream.event.domain.event.Schedule;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared values and small builders for the domain tests. */
public final class Fixtures {
  public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  public static final Instant START = NOW.plus(Duration.ofDays(10));
  public static final Instant END = START.plus(Duration.ofHours(4));
  public static final Duration TTL = Duration.ofMinutes(30);
  public static final Duration GRACE = Duration.ofMinutes(5);
  public static final String RUB = "RUB";
  public static final OrganizerId ORGANIZER = new OrganizerId(new UUID(0, 1));
  public static final UserId ALICE = new UserId(new UUID(1, 1));
  public static final UserId BOB = new UserId(new UUID(1, 2));

  private Fixtures() {}

  /** Asserts that {@code call} throws {@link InvalidValueException} and returns its field. */
  public static AbstractStringAssert<?> assertInvalidField(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    return assertThat(((InvalidValueException) thrown).field());
  }

  public static String text(int length) {
    return "x".repeat(length);
  }

  public static Money rub(String amount) {
    return new Money(new BigDecimal(amount), RUB);
  }

  public static Location lakeside() {
    return new Location("1 Shore Road", "Kazan", "Lakeside Dock", new Coordinates(55.79, 49.12));
  }

  public static EventDetails details() {
    return details(Price.FREE);
  }

  public static EventDetails details(Price price) {
    return new EventDetails(
        "KAYAK",
        "Sunset kayak tour",
        "Two hours on the lake",
        new Schedule(START, END),
        lakeside(),
        price,
        List.of("water", "evening"));
  }

  public static Event draft(int capacity) {
    return Event.create(
        EventId.newId(), ORGANIZER, details(), new Capacity(capacity), RUB, NOW.minusSeconds(60));
  }

  /** An event in any status with {@code taken} seats already booked or held. */
  public static Event event(EventStatus status, EventDetails details, int capacity, int taken) {
    return Event.restore(
        EventId.newId(),
        ORGANIZER,
        details,
        RUB,
        new Capacity(capacity),
        capacity - taken,
        status,
        NOW.minus(Duration.ofDays(1)),
        NOW.minus(Duration.ofDays(1)));
  }

  public static Event published(int capacity, int taken) {
    return event(EventStatus.PUBLISHED, details(), capacity, taken);
  }

  public static Event publishedPaid(String price) {
    return event(EventStatus.PUBLISHED, details(Price.of(rub(price))), 10, 0);
  }

  /** A stored booking in any status, created at {@link #NOW}, expiring after {@link #TTL}. */
  public static Booking booking(BookingStatus status, PaymentStatus payment) {
    return Booking.restore()
        .id(BookingId.newId())
        .eventId(EventId.newId())
        .userId(ALICE)
        .status(status)
        .amount(payment == PaymentStatus.NOT_REQUIRED ? Money.zero(RUB) : rub("1500.00"))
        .paymentStatus(payment)
        .expiresAt(NOW.plus(TTL))
        .createdBy(ALICE)
        .createdAt(NOW)
        .updatedAt(NOW)
        .build();
  }
}
