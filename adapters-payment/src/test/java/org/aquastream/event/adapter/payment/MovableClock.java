package org.aquastream.event.adapter.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.aquastream.event.domain.testdata.TestTimes;

/** A clock for the circuit breaker that the test moves, so an open circuit's wait takes no time. */
final class MovableClock extends Clock {
  private volatile Instant now = TestTimes.NOW;

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
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
