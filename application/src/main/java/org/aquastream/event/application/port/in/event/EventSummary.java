package org.aquastream.event.application.port.in.event;

import java.time.Instant;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.Location;

/** The part of an event shown inside a booking. */
public record EventSummary(
    EventId id, String title, String type, Instant dateStart, Instant dateEnd, Location location) {
  public static EventSummary of(Event event) {
    return new EventSummary(
        event.id(),
        event.details().title(),
        event.details().type(),
        event.details().schedule().start(),
        event.details().schedule().end(),
        event.details().location());
  }
}
