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
    Optional<List<String>> tags) {

  public static EventPatch empty() {
    return new EventPatch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
