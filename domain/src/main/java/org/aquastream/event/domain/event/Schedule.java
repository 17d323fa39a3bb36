package org.aquastream.event.domain.event;

import java.time.Instant;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/**
 * When an event starts and ends: both within {@link EventDates}, and it never ends before it
 * starts.
 */
public record Schedule(Instant start, Instant end) {
  public Schedule {
    EventDates.require("dateStart", Guard.present("dateStart", start));
    EventDates.require("dateEnd", Guard.present("dateEnd", end));
    if (end.isBefore(start)) {
      throw new InvalidValueException("dateEnd", "dateEnd must not be before dateStart");
    }
  }

  public boolean hasStarted(Instant now) {
    return !start.isAfter(now);
  }

  public boolean hasEnded(Instant now) {
    return end.isBefore(now);
  }
}
