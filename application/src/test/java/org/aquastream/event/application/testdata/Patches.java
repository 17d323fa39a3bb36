package org.aquastream.event.application.testdata;

import java.time.Instant;
import java.util.List;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.EventPatch;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.event.Price;

/** One-field event patches for the update tests. */
public final class Patches {
  private Patches() {}

  public static EventPatch title(String value) {
    return EventPatch.builder().title(value).build();
  }

  public static EventPatch description(String value) {
    return EventPatch.builder().description(value).build();
  }

  public static EventPatch dateStart(Instant value) {
    return EventPatch.builder().dateStart(value).build();
  }

  public static EventPatch price(Price value) {
    return EventPatch.builder().price(value).build();
  }

  public static EventPatch capacity(int value) {
    return EventPatch.builder().capacity(new Capacity(value)).build();
  }

  public static EventPatch locationAndTags(Location location, List<String> tags) {
    return EventPatch.builder().location(location).tags(tags).build();
  }
}
