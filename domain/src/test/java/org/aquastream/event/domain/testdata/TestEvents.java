package org.aquastream.event.domain.testdata;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.Coordinates;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventDetails;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.event.Price;
import org.aquastream.event.domain.event.Schedule;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Money;

/**
 * Events and event details for tests. {@code details()} gives valid details of a free kayak tour
 * from {@link #START} to {@link #END}; {@code anEvent()} a published event with 50 free seats, one
 * a booking, or any other, built the way a stored one is rebuilt.
 */
public final class TestEvents {
  public static final String CURRENCY = "RUB";

  /** Test events start this long after {@link TestTimes#NOW} unless told otherwise. */
  public static final Duration LEAD_TIME = Duration.ofDays(14);

  /** And last this long. */
  public static final Duration LENGTH = Duration.ofHours(4);

  /** When a test event starts unless told otherwise. */
  public static final Instant START = NOW.plus(LEAD_TIME);

  /** When a test event ends unless told otherwise. */
  public static final Instant END = START.plus(LENGTH);

  private TestEvents() {}

  public static DetailsBuilder details() {
    return new DetailsBuilder();
  }

  public static EventBuilder anEvent() {
    return new EventBuilder();
  }

  public static EventBuilder aDraftEvent() {
    return anEvent().status(EventStatus.DRAFT);
  }

  public static EventBuilder aPublishedEvent() {
    return anEvent().status(EventStatus.PUBLISHED);
  }

  /** An amount in roubles, e.g. {@code "1500.00"}. */
  public static Money rub(String amount) {
    return new Money(new BigDecimal(amount), CURRENCY);
  }

  public static Location lakeside() {
    return new Location("1 Shore Road", "Kazan", "Lakeside Dock", new Coordinates(55.79, 49.12));
  }

  /** Builds {@link EventDetails}. */
  public static final class DetailsBuilder {
    private String type = "KAYAK";
    private String title = "Sunset kayak tour";
    private String description = "Two hours on the lake";
    private Instant start = START;
    private Duration length = LENGTH;
    private Location location = lakeside();
    private Price price = Price.FREE;
    private List<String> tags = List.of("water", "evening");

    private DetailsBuilder() {}

    /** A builder that starts from {@code details}. */
    public static DetailsBuilder of(EventDetails details) {
      Schedule schedule = details.schedule();
      return new DetailsBuilder()
          .type(details.type())
          .title(details.title())
          .description(details.description())
          .startsAt(schedule.start())
          .lasting(Duration.between(schedule.start(), schedule.end()))
          .location(details.location())
          .price(details.price())
          .tags(details.tags().toArray(String[]::new));
    }

    public DetailsBuilder type(String value) {
      type = value;
      return this;
    }

    public DetailsBuilder title(String value) {
      title = value;
      return this;
    }

    public DetailsBuilder description(String value) {
      description = value;
      return this;
    }

    /** Keeps the length: a later start moves the end too. */
    public DetailsBuilder startsAt(Instant value) {
      start = value;
      return this;
    }

    public DetailsBuilder startsIn(Duration fromNow) {
      return startsAt(NOW.plus(fromNow));
    }

    public DetailsBuilder startsInDays(int days) {
      return startsAt(TestTimes.daysFromNow(days));
    }

    public DetailsBuilder lasting(Duration value) {
      length = value;
      return this;
    }

    public DetailsBuilder location(Location value) {
      location = value;
      return this;
    }

    public DetailsBuilder free() {
      return price(Price.FREE);
    }

    /** A price in roubles, e.g. {@code "1500.00"}. */
    public DetailsBuilder price(String amount) {
      return price(Price.of(rub(amount)));
    }

    public DetailsBuilder price(Price value) {
      price = value;
      return this;
    }

    public DetailsBuilder tags(String... values) {
      tags = List.of(values);
      return this;
    }

    public EventDetails build() {
      return new EventDetails(
          type, title, description, new Schedule(start, start.plus(length)), location, price, tags);
    }
  }

  /** Builds an {@link Event} in any status, as if read back from storage. */
  public static final class EventBuilder {
    private EventId id = EventId.newId();
    private OrganizerId organizer = OrganizerId.newId();
    private DetailsBuilder details = TestEvents.details();
    private int capacity = 50;
    private int maxSeatsPerBooking = 1;
    private Integer available;
    private EventStatus status = EventStatus.PUBLISHED;
    private Instant createdAt = NOW.minus(Duration.ofDays(30));
    private Instant updatedAt = NOW.minus(Duration.ofDays(1));

    private EventBuilder() {}

    public EventBuilder id(EventId value) {
      id = value;
      return this;
    }

    public EventBuilder id(String uuid) {
      return id(new EventId(UUID.fromString(uuid)));
    }

    public EventBuilder organizedBy(OrganizerId value) {
      organizer = value;
      return this;
    }

    public EventBuilder organizedBy(Organizer value) {
      return organizedBy(value.id());
    }

    public EventBuilder details(EventDetails value) {
      details = DetailsBuilder.of(value);
      return this;
    }

    public EventBuilder details(DetailsBuilder value) {
      return details(value.build());
    }

    public EventBuilder type(String value) {
      details.type(value);
      return this;
    }

    public EventBuilder title(String value) {
      details.title(value);
      return this;
    }

    public EventBuilder description(String value) {
      details.description(value);
      return this;
    }

    /** Keeps the length: a later start moves the end too. */
    public EventBuilder startsAt(Instant value) {
      details.startsAt(value);
      return this;
    }

    public EventBuilder startsInDays(int days) {
      details.startsInDays(days);
      return this;
    }

    public EventBuilder lasting(Duration value) {
      details.lasting(value);
      return this;
    }

    public EventBuilder location(Location value) {
      details.location(value);
      return this;
    }

    public EventBuilder free() {
      details.free();
      return this;
    }

    /** A price in roubles, e.g. {@code "1500.00"}. */
    public EventBuilder price(String amount) {
      details.price(amount);
      return this;
    }

    public EventBuilder tags(String... values) {
      details.tags(values);
      return this;
    }

    public EventBuilder capacity(int value) {
      capacity = value;
      return this;
    }

    /** The most seats one booking may take; 1 unless told otherwise. */
    public EventBuilder maxSeatsPerBooking(int value) {
      maxSeatsPerBooking = value;
      return this;
    }

    /** Free seats; every seat is free unless told otherwise. */
    public EventBuilder available(int value) {
      available = value;
      return this;
    }

    public EventBuilder soldOut() {
      return available(0);
    }

    public EventBuilder status(EventStatus value) {
      status = value;
      return this;
    }

    public EventBuilder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    public EventBuilder updatedAt(Instant value) {
      updatedAt = value;
      return this;
    }

    public Event build() {
      return Event.restore(
          id,
          organizer,
          details.build(),
          CURRENCY,
          new Capacity(capacity),
          maxSeatsPerBooking,
          available == null ? capacity : available,
          status,
          createdAt,
          updatedAt);
    }
  }
}
