package org.aquastream.event.application.testdata;

import java.time.Duration;
import java.time.Instant;

/** The fixed "now" that test clocks start at, and the default dates of test events. */
public final class TestTimes {
  /** Where every {@code MutableClock} of the test fixtures starts. */
  public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  /** Test events start this long after {@link #NOW} unless told otherwise. */
  public static final Duration LEAD_TIME = Duration.ofDays(14);

  /** And last this long. */
  public static final Duration LENGTH = Duration.ofHours(4);

  private TestTimes() {}

  public static Instant daysFromNow(int days) {
    return NOW.plus(Duration.ofDays(days));
  }
}
