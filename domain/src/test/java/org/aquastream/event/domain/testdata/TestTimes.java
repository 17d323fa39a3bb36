package org.aquastream.event.domain.testdata;

import java.time.Duration;
import java.time.Instant;

/**
 * The one "now" of every test: test clocks start at it and test data is dated from it. Whole
 * seconds, which every store keeps exactly.
 */
public final class TestTimes {
  public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private TestTimes() {}

  public static Instant daysFromNow(int days) {
    return NOW.plus(Duration.ofDays(days));
  }
}
