package org.aquastream.event.bootstrap;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.aquastream.event.application.port.out.shared.Clock;

/** The wall clock, at the microsecond precision PostgreSQL stores. */
final class SystemClock implements Clock {
  @Override
  public Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
