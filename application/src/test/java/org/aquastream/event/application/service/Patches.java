package org.aquastream.event.application.service;

import java.time.Instant;
import java.util.List;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.EventPatch;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.event.Price;

/** One-field event patches for the update tests. */
final class Patches {
  private Patches() {}

  static EventPatch title(String value) {
    return EventPatch.builder().title(value).build();
  }

  static EventPatch description(String value) {
    return EventPatch.builder().description(value).build();
  }

  static EventPatch dateStart(Instant value) {
    return EventPatch.builder().dateStart(value).build();
  }

  static EventPatch price(Price value) {
    return EventPatch.builder().price(value).build();
  }

  static EventPatch capacity(int value) {
    return EventPatch.builder().capacity(new Capacity(value)).build();
  }

  static EventPatch locationAndTags(Location location, List<String> tags) {
    return EventPatch.builder().location(location).tags(tags).build();
  }
}
