package org.aquastream.event.adapter.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
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
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;

/** Fixed domain objects the stubbed use cases answer with. */
public final class TestData {
  public static final UUID USER_ID = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
  public static final UUID OWNER_ID = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d");
  public static final UUID ORGANIZER_ID = UUID.fromString("c0ffee00-1111-4222-8333-444455556666");
  public static final UUID EVENT_ID = UUID.fromString("e7e7e7e7-0000-4000-8000-000000000001");
  public static final UUID BOOKING_ID = UUID.fromString("b0000000-0000-4000-8000-00000000000b");
  public static final UUID PAYMENT_ID = UUID.fromString("fa000000-0000-4000-8000-0000000000fa");

  /** Whole seconds on purpose: the JSON must still show milliseconds. */
  public static final Instant EVENT_START = Instant.parse("2026-07-01T09:00:00Z");

  public static final Instant EVENT_END = Instant.parse("2026-07-01T18:30:00Z");
  public static final Instant CREATED_AT = Instant.parse("2026-01-15T10:23:45.123Z");
  public static final Instant UPDATED_AT = Instant.parse("2026-01-16T08:00:00.5Z");
  public static final Instant EXPIRES_AT = Instant.parse("2026-01-15T10:53:45.123Z");

  private TestData() {}

  public static Organizer organizer() {
    return Organizer.restore(
        new OrganizerId(ORGANIZER_ID),
        new Slug("volga-rafting"),
        new UserId(OWNER_ID),
        new OrganizerProfile(
            "Volga Rafting",
            "https://cdn.example.org/logo.png",
            "Rafting tours",
            new Contacts("+7 900 000-00-00", "hi@volga.example", "@volga", null),
            "#1A2B3C"),
        CREATED_AT,
        UPDATED_AT);
  }

  public static Location location() {
    return new Location("Naberezhnaya 1", "Samara", "Pier 3", new Coordinates(53.2, 50.15));
  }

  public static Event event() {
    return event(EventStatus.PUBLISHED, Price.of(new Money(new BigDecimal("1500"), "RUB")));
  }

  public static Event event(EventStatus status, Price price) {
    return Event.restore(
        new EventId(EVENT_ID),
        new OrganizerId(ORGANIZER_ID),
        new EventDetails(
            "RAFTING",
            "Volga by night",
            "Три часа на реке — ночью",
            new Schedule(EVENT_START, EVENT_END),
            location(),
            price,
            List.of("river", "night")),
        "RUB",
        new Capacity(20),
        7,
        status,
        CREATED_AT,
        UPDATED_AT);
  }

  public static EventView eventView() {
    return eventView(event());
  }

  public static EventView eventView(Event event) {
    return new EventView(event, OrganizerSummary.of(organizer()));
  }

  public static Booking booking() {
    return Booking.restore()
        .id(new BookingId(BOOKING_ID))
        .eventId(new EventId(EVENT_ID))
        .userId(new UserId(USER_ID))
        .status(BookingStatus.PENDING)
        .amount(new Money(new BigDecimal("1500"), "RUB"))
        .paymentStatus(PaymentStatus.PENDING)
        .paymentId(PAYMENT_ID)
        .paymentUrl("https://pay.example.org/p/123")
        .expiresAt(EXPIRES_AT)
        .createdBy(new UserId(USER_ID))
        .createdAt(CREATED_AT)
        .updatedAt(CREATED_AT)
        .build();
  }

  public static BookingView bookingView() {
    return new BookingView(booking(), EventSummary.of(event()), 30, false, true);
  }
}
