package org.aquastream.event.domain.event;

import java.util.UUID;
import org.aquastream.event.domain.shared.Guard;

/** Identity of an event. */
public record EventId(UUID value) {
  public EventId {
    Guard.present("eventId", value);
  }

  public static EventId newId() {
    return new EventId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
