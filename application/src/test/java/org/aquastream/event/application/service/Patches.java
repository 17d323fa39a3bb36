package org.aquastream.event.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.EventPatch;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.event.Price;

/** One-field event patches for the update tests. */
final class Patches {
  private Patches() {}

  static EventPatch title(String value) {
    return new EventPatch(
        Optional.empty(),
        Optional.of(value),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static EventPatch description(String value) {
    return new EventPatch(
        Optional.empty(),
        Optional.empty(),
        Optional.of(value),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static EventPatch dateStart(Instant value) {
    return new EventPatch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(value),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static EventPatch price(Price value) {
    return new EventPatch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(value),
        Optional.empty(),
        Optional.empty());
  }

  static EventPatch capacity(int value) {
    return new EventPatch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(new Capacity(value)),
        Optional.empty());
  }

  static EventPatch locationAndTags(Location location, List<String> tags) {
    return new EventPatch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(location),
        Optional.empty(),
        Optional.empty(),
        Optional.of(tags));
  }
}
