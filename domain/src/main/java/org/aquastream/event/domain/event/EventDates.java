package org.aquastream.event.domain.event;

import java.time.Instant;
import org.aquastream.event.domain.shared.InvalidValueException;

/**
 * The instants an event may start or end at, and so the only ones a date filter or a catalog
 * position may name: the years 2000 to 2999, UTC. Each fits PostgreSQL's {@code timestamptz} and
 * the API's four-digit-year timestamps (docs/adr/0025).
 */
public final class EventDates {
  /** The first instant of the range. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** The first instant past the range. */
  public static final Instant END = Instant.parse("3000-01-01T00:00:00Z");

  private EventDates() {}

  public static boolean contains(Instant instant) {
    return !instant.isBefore(EARLIEST) && instant.isBefore(END);
  }

  /** {@code value}, or an {@link InvalidValueException} naming {@code field} when out of range. */
  public static Instant require(String field, Instant value) {
    if (!contains(value)) {
      throw new InvalidValueException(field, field + " must lie in the years 2000 to 2999 (UTC)");
    }
    return value;
  }
}
