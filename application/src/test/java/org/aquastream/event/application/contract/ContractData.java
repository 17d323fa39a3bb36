package org.aquastream.event.application.contract;

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
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;

/**
 * Test-data builders for the contract tests. Every timestamp is whole seconds, which every store
 * keeps exactly.
 */
public final class ContractData {
  public static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");
  public static final String CURRENCY = "RUB";

  private ContractData() {}

  public static UserId aUser() {
    return new UserId(UUID.randomUUID());
  }

  /** An organizer with a unique slug and owner and a full profile. */
  public static Organizer anOrganizer() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    return Organizer.restore(
        OrganizerId.newId(),
        new Slug("river-club-" + unique),
        aUser(),
        new OrganizerProfile(
            "River Club " + unique,
            "https://cdn.example.org/logo.png",
            "Rafting and kayaking since 2010",
            new Contacts("+7 900 000-00-00", "hello@river.example", "@riverclub", null),
            "#0A84FF"),
        NOW.minus(Duration.ofDays(100)),
        NOW.minus(Duration.ofDays(10)));
  }

  public static EventBuilder anEvent(Organizer organizer) {
    return new EventBuilder(organizer.id());
  }

  public static BookingBuilder aBooking(Event event, UserId user) {
    return new BookingBuilder(event, user);
  }

  /** A PUBLISHED free event ten days ahead with ten free seats unless told otherwise. */
  public static final class EventBuilder {
    private EventId id = EventId.newId();
    private final OrganizerId organizerId;
    private String type = "RAFTING";
    private String title = "River rafting";
    private String description = "Two hours on the river";
    private Instant start = NOW.plus(Duration.ofDays(10));
    private Duration length = Duration.ofHours(3);
    private Location location =
        new Location("Embankment 1", "Kazan", "Boat station", new Coordinates(55.79, 49.12));
    private Price price = Price.FREE;
    private List<String> tags = List.of("water", "summer");
    private int capacity = 10;
    private Integer available;
    private EventStatus status = EventStatus.PUBLISHED;

    private EventBuilder(OrganizerId organizerId) {
      this.organizerId = organizerId;
    }

    public EventBuilder id(String uuid) {
      id = new EventId(UUID.fromString(uuid));
      return this;
    }

    public EventBuilder type(String value) {
      type = value;
      return this;
    }

    public EventBuilder title(String value) {
      title = value;
      return this;
    }

    public EventBuilder description(String value) {
      description = value;
      return this;
    }

    public EventBuilder startsAt(Instant value) {
      start = value;
      return this;
    }

    public EventBuilder startsInDays(int days) {
      return startsAt(NOW.plus(Duration.ofDays(days)));
    }

    public EventBuilder location(Location value) {
      location = value;
      return this;
    }

    public EventBuilder price(String amount) {
      price = Price.of(new Money(new BigDecimal(amount), CURRENCY));
      return this;
    }

    public EventBuilder free() {
      price = Price.FREE;
      return this;
    }

    public EventBuilder tags(String... values) {
      tags = List.of(values);
      return this;
    }

    public EventBuilder capacity(int value) {
      capacity = value;
      return this;
    }

    public EventBuilder available(int value) {
      available = value;
      return this;
    }

    public EventBuilder status(EventStatus value) {
      status = value;
      return this;
    }

    public Event build() {
      return Event.restore(
          id,
          organizerId,
          new EventDetails(
              type,
              title,
              description,
              new Schedule(start, start.plus(length)),
              location,
              price,
              tags),
          CURRENCY,
          new Capacity(capacity),
          available == null ? capacity : available,
          status,
          NOW.minus(Duration.ofDays(30)),
          NOW.minus(Duration.ofDays(1)));
    }
  }

  /** A PENDING booking made at {@link #NOW} for the event's price, unless told otherwise. */
  public static final class BookingBuilder {
    private BookingId id = BookingId.newId();
    private final Event event;
    private final UserId user;
    private BookingStatus status = BookingStatus.PENDING;
    private PaymentStatus paymentStatus;
    private UUID paymentId;
    private String paymentUrl;
    private String cancelReason;
    private Instant createdAt = NOW;

    private BookingBuilder(Event event, UserId user) {
      this.event = event;
      this.user = user;
    }

    public BookingBuilder id(String uuid) {
      id = new BookingId(UUID.fromString(uuid));
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

    public BookingBuilder payment(UUID id, String url) {
      paymentId = id;
      paymentUrl = url;
      return this;
    }

    public BookingBuilder cancelReason(String value) {
      cancelReason = value;
      return this;
    }

    public BookingBuilder createdAt(Instant value) {
      createdAt = value;
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
          .status(status)
          .amount(price.money().orElse(Money.zero(event.currency())))
          .paymentStatus(payment)
          .paymentId(paymentId)
          .paymentUrl(paymentUrl)
          .expiresAt(createdAt.plus(Duration.ofMinutes(30)))
          .cancelReason(cancelReason)
          .createdBy(user)
          .createdAt(createdAt)
          .updatedAt(createdAt)
          .build();
    }
  }
}
