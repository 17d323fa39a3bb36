package org.aquastream.event.bootstrap.peers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock as a {@link java.time.Clock}, for the circuit breakers: an open circuit's
 * wait passes on the same time as everything else (a test that moves the clock moves it too).
 */
final class ServiceClock extends Clock {
  private final org.aquastream.event.application.port.out.shared.Clock clock;

  ServiceClock(org.aquastream.event.application.port.out.shared.Clock clock) {
    this.clock = clock;
  }

  @Override
  public Instant instant() {
    return clock.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
