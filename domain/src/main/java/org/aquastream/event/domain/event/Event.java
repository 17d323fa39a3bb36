package org.aquastream.event.domain.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.shared.Money;

/**
 * An event with limited seats. Invariant: {@code 0 <= available <= capacity}; the seats taken
 * ({@code capacity - available}) are the seats of the active bookings plus the seats held for the
 * waitlist. One booking (a party) takes 1 to {@code maxSeatsPerBooking} seats.
 */
public final class Event {
  private final EventId id;
  private final OrganizerId organizerId;
  private final EventDetails details;
  private final String currency;
  private final Capacity capacity;
  private final int maxSeatsPerBooking;
  private final int available;
  private final EventStatus status;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Event(
      EventId id,
      OrganizerId organizerId,
      EventDetails details,
      String currency,
      Capacity capacity,
      int maxSeatsPerBooking,
      int available,
      EventStatus status,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.organizerId = Objects.requireNonNull(organizerId, "organizerId");
    this.details = Objects.requireNonNull(details, "details");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.capacity = Objects.requireNonNull(capacity, "capacity");
    this.status = Objects.requireNonNull(status, "status");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    if (available < 0 || available > capacity.value()) {
      throw new IllegalStateException(
          "available " + available + " outside 0.." + capacity.value() + " for event " + id);
    }
    this.available = available;
    details
        .price()
        .money()
        .filter(money -> !money.currency().equals(currency))
        .ifPresent(
            money -> {
              throw new InvalidValueException("price", "price must be in " + currency);
            });
    this.maxSeatsPerBooking = requireMaxSeats(maxSeatsPerBooking, capacity, details.price());
  }

  /**
   * A party of up to the capacity, whose largest booking still has an amount that can be stored.
   */
  private static int requireMaxSeats(int maxSeats, Capacity capacity, Price price) {
    if (maxSeats < 1 || maxSeats > capacity.value()) {
      throw new InvalidValueException(
          "maxSeatsPerBooking",
          "maxSeatsPerBooking must be between 1 and the capacity (" + capacity.value() + ")");
    }
    boolean tooDear =
        price
            .money()
            .filter(
                money ->
                    money.amount().multiply(BigDecimal.valueOf(maxSeats)).compareTo(Money.MAX) > 0)
            .isPresent();
    if (tooDear) {
      throw new InvalidValueException(
          "maxSeatsPerBooking",
          "price × maxSeatsPerBooking must be at most " + Money.MAX.toPlainString());
    }
    return maxSeats;
  }

  /**
   * A new DRAFT event; its start must lie in the future, every seat is free, a booking takes 1 to
   * {@code maxSeatsPerBooking} of them.
   */
  public static Event create(
      EventId id,
      OrganizerId organizerId,
      EventDetails details,
      Capacity capacity,
      int maxSeatsPerBooking,
      String currency,
      Instant now) {
    requireFutureStart(details.schedule(), now);
    return new Event(
        id,
        organizerId,
        details,
        currency,
        capacity,
        maxSeatsPerBooking,
        capacity.value(),
        EventStatus.DRAFT,
        now,
        now);
  }

  /** Rebuilds a stored event; checks structure only. */
  public static Event restore(
      EventId id,
      OrganizerId organizerId,
      EventDetails details,
      String currency,
      Capacity capacity,
      int maxSeatsPerBooking,
      int available,
      EventStatus status,
      Instant createdAt,
      Instant updatedAt) {
    return new Event(
        id,
        organizerId,
        details,
        currency,
        capacity,
        maxSeatsPerBooking,
        available,
        status,
        createdAt,
        updatedAt);
  }

  /** DRAFT → PUBLISHED while the start still lies ahead. */
  public Event publish(Instant now) {
    requireTransition(EventStatus.PUBLISHED);
    if (details.schedule().hasStarted(now)) {
      throw new InvalidStateException("An event that has already started cannot be published");
    }
    return withStatus(EventStatus.PUBLISHED, available, now);
  }

  /** DRAFT/PUBLISHED → CANCELLED; every seat comes back because every booking is cancelled. */
  public Event cancel(Instant now) {
    requireTransition(EventStatus.CANCELLED);
    return withStatus(EventStatus.CANCELLED, capacity.value(), now);
  }

  /** PUBLISHED → COMPLETED once the event is over. */
  public Event complete(Instant now) {
    requireTransition(EventStatus.COMPLETED);
    if (!details.schedule().hasEnded(now)) {
      throw new InvalidStateException("An event completes only after it has ended");
    }
    return withStatus(EventStatus.COMPLETED, available, now);
  }

  /**
   * Applies a partial update. A DRAFT may change anything; a PUBLISHED event may change its
   * description, location, tags, capacity (never below the seats already taken) and the seats a
   * booking may take (bookings already made keep theirs).
   */
  public Event update(EventPatch patch, Instant now) {
    return switch (status) {
      case DRAFT -> updateDraft(patch, now);
      case PUBLISHED -> updatePublished(patch, now);
      case COMPLETED, CANCELLED ->
          throw new InvalidStateException("A " + status + " event can no longer be changed");
    };
  }

  /** Why nobody can book this event now, or empty when it is open for booking. */
  public Optional<String> whyClosedForBooking(Instant now) {
    return switch (status) {
      case DRAFT -> Optional.of("The event is not published");
      case CANCELLED -> Optional.of("The event is cancelled");
      case COMPLETED -> Optional.of("The event is completed");
      case PUBLISHED ->
          details.schedule().hasStarted(now)
              ? Optional.of("The event has already started")
              : Optional.empty();
    };
  }

  public int seatsTaken() {
    return capacity.value() - available;
  }

  /**
   * {@code seats} if one booking of this event may take that many (1 to {@code
   * maxSeatsPerBooking}).
   *
   * @throws InvalidValueException naming {@code seats} otherwise
   */
  public int requirePartySize(int seats) {
    return Guard.range("seats", seats, 1, maxSeatsPerBooking);
  }

  public boolean isOrganizedBy(OrganizerId organizer) {
    return organizerId.equals(organizer);
  }

  private Event updateDraft(EventPatch patch, Instant now) {
    EventDetails changed = applyDescriptive(patch, details);
    changed = patch.type().map(changed::withType).orElse(changed);
    changed = patch.title().map(changed::withTitle).orElse(changed);
    changed = patch.price().map(changed::withPrice).orElse(changed);
    if (patch.dateStart().isPresent() || patch.dateEnd().isPresent()) {
      Schedule schedule =
          new Schedule(
              patch.dateStart().orElse(details.schedule().start()),
              patch.dateEnd().orElse(details.schedule().end()));
      requireFutureStart(schedule, now);
      changed = changed.withSchedule(schedule);
    }
    return withDetailsAndSeats(changed, patch, now);
  }

  private Event updatePublished(EventPatch patch, Instant now) {
    requireUnchanged("type", patch.type(), details.type());
    requireUnchanged("title", patch.title(), details.title());
    requireUnchanged("dateStart", patch.dateStart(), details.schedule().start());
    requireUnchanged("dateEnd", patch.dateEnd(), details.schedule().end());
    requireUnchanged("price", patch.price(), details.price());
    return withDetailsAndSeats(applyDescriptive(patch, details), patch, now);
  }

  private static EventDetails applyDescriptive(EventPatch patch, EventDetails from) {
    EventDetails changed = patch.description().map(from::withDescription).orElse(from);
    changed = patch.location().map(changed::withLocation).orElse(changed);
    return patch.tags().map(changed::withTags).orElse(changed);
  }

  private Event withDetailsAndSeats(EventDetails newDetails, EventPatch patch, Instant now) {
    Capacity newCapacity = patch.capacity().orElse(capacity);
    int taken = seatsTaken();
    if (newCapacity.value() < taken) {
      throw new InvalidStateException(
          "capacity cannot go below the " + taken + " seats already booked or held");
    }
    return new Event(
        id,
        organizerId,
        newDetails,
        currency,
        newCapacity,
        patch.maxSeatsPerBooking().orElse(maxSeatsPerBooking),
        newCapacity.value() - taken,
        status,
        createdAt,
        now);
  }

  private static <T> void requireUnchanged(String field, Optional<T> requested, T current) {
    if (requested.isPresent() && !requested.get().equals(current)) {
      throw new InvalidStateException(field + " cannot change after the event is published");
    }
  }

  private static void requireFutureStart(Schedule schedule, Instant now) {
    if (schedule.hasStarted(now)) {
      throw new InvalidValueException("dateStart", "dateStart must be in the future");
    }
  }

  private void requireTransition(EventStatus target) {
    if (!status.canMoveTo(target)) {
      throw new InvalidStateException("A " + status + " event cannot become " + target);
    }
  }

  private Event withStatus(EventStatus newStatus, int newAvailable, Instant now) {
    return new Event(
        id,
        organizerId,
        details,
        currency,
        capacity,
        maxSeatsPerBooking,
        newAvailable,
        newStatus,
        createdAt,
        now);
  }

  public EventId id() {
    return id;
  }

  public OrganizerId organizerId() {
    return organizerId;
  }

  public EventDetails details() {
    return details;
  }

  public String currency() {
    return currency;
  }

  public Capacity capacity() {
    return capacity;
  }

  /** The most seats one booking (a party) may take. */
  public int maxSeatsPerBooking() {
    return maxSeatsPerBooking;
  }

  public int available() {
    return available;
  }

  public EventStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
