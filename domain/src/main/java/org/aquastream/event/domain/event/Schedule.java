package org.aquastream.event.domain.event;

import java.time.Instant;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/** When an event starts and ends; it never ends before it starts. */
public record Schedule(Instant start, Instant end) {
  public Schedule {
    Guard.present("dateStart", start);
    Guard.present("dateEnd", end);
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
