package org.aquastream.event.application.port.out.shared;

import java.time.Instant;

/** The current time; every rule that depends on time asks this port, so tests can set it. */
public interface Clock {
  Instant now();
}
