package org.aquastream.event.adapter.http;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.Coordinates;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.testdata.TestBookings;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestOrganizers;

/**
 * What the stubbed use cases answer with, built from the shared test data: fixed ids, so that a
 * test finds them in paths and JSON, and fixed values and instants, so that it can compare the JSON
 * field by field.
 */
public final class StubAnswers {
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

  private StubAnswers() {}

  public static Organizer organizer() {
    return TestOrganizers.anOrganizer()
        .id(new OrganizerId(ORGANIZER_ID))
        .slug("volga-rafting")
        .ownedBy(new UserId(OWNER_ID))
        .profile(
            new OrganizerProfile(
                "Volga Rafting",
                "https://cdn.example.org/logo.png",
                "Rafting tours",
                new Contacts("+7 900 000-00-00", "hi@volga.example", "@volga", null),
                "#1A2B3C"))
        .createdAt(CREATED_AT)
        .updatedAt(UPDATED_AT)
        .build();
  }

  /** A published event for 1500 roubles with 7 of its 20 seats free. */
  public static Event event() {
    return TestEvents.aPublishedEvent()
        .id(new EventId(EVENT_ID))
        .organizedBy(new OrganizerId(ORGANIZER_ID))
        .type("RAFTING")
        .title("Volga by night")
        .description("Три часа на реке — ночью")
        .startsAt(EVENT_START)
        .lasting(Duration.between(EVENT_START, EVENT_END))
        .location(new Location("Naberezhnaya 1", "Samara", "Pier 3", new Coordinates(53.2, 50.15)))
        .price("1500")
        .tags("river", "night")
        .capacity(20)
        .available(7)
        .createdAt(CREATED_AT)
        .updatedAt(UPDATED_AT)
        .build();
  }

  public static EventView eventView() {
    return new EventView(event(), OrganizerSummary.of(organizer()));
  }

  /**
   * The PENDING booking of {@link #USER_ID}, its payment page open, made at {@link #CREATED_AT}.
   */
  public static Booking booking() {
    return TestBookings.aBookingOf(event(), new UserId(USER_ID))
        .id(new BookingId(BOOKING_ID))
        .payment(PAYMENT_ID, "https://pay.example.org/p/123")
        .createdAt(CREATED_AT)
        .build();
  }

  public static BookingView bookingView() {
    return new BookingView(booking(), EventSummary.of(event()), 30, false, true);
  }
}
