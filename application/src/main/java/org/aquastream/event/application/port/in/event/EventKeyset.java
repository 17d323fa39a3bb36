package org.aquastream.event.application.port.in.event;

import java.time.Instant;
import java.util.Objects;
import org.aquastream.event.domain.event.EventDates;
import org.aquastream.event.domain.event.EventId;

/**
 * A position in the catalog's order (start date within {@link EventDates}, then id): a keyset page
 * continues with the events strictly after it.
 */
public record EventKeyset(Instant dateStart, EventId id) {
  public EventKeyset {
    EventDates.require("dateStart", Objects.requireNonNull(dateStart, "dateStart"));
    Objects.requireNonNull(id, "id");
  }

  /** The position of {@code view}, to continue after it. */
  public static EventKeyset of(EventView view) {
    return new EventKeyset(view.event().details().schedule().start(), view.event().id());
  }
}
