package org.aquastream.event.application.testdata;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * two weeks after {@link TestTimes#NOW}; {@code aPublishedEvent()} an event in any state, built the
 * way a stored one is rebuilt.
 */
public final class TestEvents {
  public static final String CURRENCY = "RUB";

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
    private Instant start = TestTimes.NOW.plus(TestTimes.LEAD_TIME);
    private Duration length = TestTimes.LENGTH;
    private Location location = lakeside();
    private Price price = Price.FREE;
    private List<String> tags = List.of("water", "evening");

    private DetailsBuilder() {}

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

    public DetailsBuilder startingAt(Instant value) {
      start = value;
      return this;
    }

    public DetailsBuilder startingIn(Duration fromNow) {
      return startingAt(TestTimes.NOW.plus(fromNow));
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
      price = Price.FREE;
      return this;
    }

    /** A price in roubles, e.g. {@code "1500.00"}. */
    public DetailsBuilder price(String amount) {
      price = Price.of(rub(amount));
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
    private EventDetails details = TestEvents.details().build();
    private int capacity = 50;
    private int seatsTaken;
    private EventStatus status = EventStatus.PUBLISHED;
    private Instant createdAt = TestTimes.NOW.minus(Duration.ofDays(1));

    private EventBuilder() {}

    public EventBuilder id(EventId value) {
      id = value;
      return this;
    }

    public EventBuilder organizedBy(OrganizerId value) {
      organizer = value;
      return this;
    }

    public EventBuilder organizedBy(Organizer value) {
      return organizedBy(value.id());
    }

    public EventBuilder details(EventDetails value) {
      details = value;
      return this;
    }

    public EventBuilder details(DetailsBuilder value) {
      return details(value.build());
    }

    /** A price in roubles, keeping the other details. */
    public EventBuilder price(String amount) {
      return details(
          new EventDetails(
              details.type(),
              details.title(),
              details.description(),
              details.schedule(),
              details.location(),
              Price.of(rub(amount)),
              details.tags()));
    }

    public EventBuilder startingAt(Instant start) {
      Duration length = Duration.between(details.schedule().start(), details.schedule().end());
      return details(
          new EventDetails(
              details.type(),
              details.title(),
              details.description(),
              new Schedule(start, start.plus(length)),
              details.location(),
              details.price(),
              details.tags()));
    }

    public EventBuilder capacity(int value) {
      capacity = value;
      return this;
    }

    /** Seats already booked or held, so that {@code available = capacity - taken}. */
    public EventBuilder seatsTaken(int value) {
      seatsTaken = value;
      return this;
    }

    public EventBuilder soldOut() {
      return seatsTaken(capacity);
    }

    public EventBuilder status(EventStatus value) {
      status = value;
      return this;
    }

    public Event build() {
      return Event.restore(
          id,
          organizer,
          details,
          CURRENCY,
          new Capacity(capacity),
          capacity - seatsTaken,
          status,
          createdAt,
          createdAt);
    }
  }
}
