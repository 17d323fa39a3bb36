package org.aquastream.event.bootstrap.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Range checks for configuration records; the message names the offending key. */
final class Checks {
  private static final Pattern DURATION = Pattern.compile("^(\\d{1,9})(ms|s|m)$");

  private Checks() {}

  static int positive(String key, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(key + " must be positive, was " + value);
    }
    return value;
  }

  static long positive(String key, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(key + " must be positive, was " + value);
    }
    return value;
  }

  static int notNegative(String key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(key + " must not be negative, was " + value);
    }
    return value;
  }

  static int port(String key, int value) {
    if (value < 0 || value > 65_535) {
      throw new IllegalArgumentException(key + " must be a TCP port (0–65535), was " + value);
    }
    return value;
  }

  static <T> T required(String key, T value) {
    if (value == null) {
      throw new IllegalArgumentException(key + " is required");
    }
    return value;
  }

  /** A duration written as a whole number of milliseconds, seconds or minutes: 500ms, 5s, 1m. */
  static Duration duration(String key, String value) {
    required(key, value);
    Matcher parts = DURATION.matcher(value.strip());
    if (!parts.matches()) {
      throw new IllegalArgumentException(
          key + " must be a duration like 500ms, 5s or 1m, was '" + value + "'");
    }
    long amount = Long.parseLong(parts.group(1));
    Duration duration =
        switch (parts.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          default -> Duration.ofMinutes(amount);
        };
    if (duration.isZero()) {
      throw new IllegalArgumentException(key + " must be positive, was '" + value + "'");
    }
    return duration;
  }

  /** A six-field cron expression: sec min hour day month weekday. */
  static String cron(String key, String value) {
    required(key, value);
    if (value.isBlank() || value.strip().split("\\s+").length != 6) {
      throw new IllegalArgumentException(
          key + " must have six fields (sec min hour day month weekday), was '" + value + "'");
    }
    return value;
  }
}
