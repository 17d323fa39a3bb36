package org.aquastream.event.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A partial update of an event: an empty field keeps the current value. A present {@code price} of
 * {@link Price#FREE} makes the event free.
 */
public record EventPatch(
    Optional<String> type,
    Optional<String> title,
    Optional<String> description,
    Optional<Instant> dateStart,
    Optional<Instant> dateEnd,
    Optional<Location> location,
    Optional<Price> price,
    Optional<Capacity> capacity,
    Optional<Integer> maxSeatsPerBooking,
    Optional<List<String>> tags) {

  public static EventPatch empty() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields a patch changes; the rest stay empty. */
  public static final class Builder {
    private Optional<String> type = Optional.empty();
    private Optional<String> title = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<Instant> dateStart = Optional.empty();
    private Optional<Instant> dateEnd = Optional.empty();
    private Optional<Location> location = Optional.empty();
    private Optional<Price> price = Optional.empty();
    private Optional<Capacity> capacity = Optional.empty();
    private Optional<Integer> maxSeatsPerBooking = Optional.empty();
    private Optional<List<String>> tags = Optional.empty();

    private Builder() {}

    public Builder type(String value) {
      type = Optional.of(value);
      return this;
    }

    public Builder title(String value) {
      title = Optional.of(value);
      return this;
    }

    public Builder description(String value) {
      description = Optional.of(value);
      return this;
    }

    public Builder dateStart(Instant value) {
      dateStart = Optional.of(value);
      return this;
    }

    public Builder dateEnd(Instant value) {
      dateEnd = Optional.of(value);
      return this;
    }

    public Builder location(Location value) {
      location = Optional.of(value);
      return this;
    }

    public Builder price(Price value) {
      price = Optional.of(value);
      return this;
    }

    public Builder capacity(Capacity value) {
      capacity = Optional.of(value);
      return this;
    }

    public Builder maxSeatsPerBooking(int value) {
      maxSeatsPerBooking = Optional.of(value);
      return this;
    }

    public Builder tags(List<String> value) {
      tags = Optional.of(value);
      return this;
    }

    public EventPatch build() {
      return new EventPatch(
          type,
          title,
          description,
          dateStart,
          dateEnd,
          location,
          price,
          capacity,
          maxSeatsPerBooking,
          tags);
    }
  }
}
