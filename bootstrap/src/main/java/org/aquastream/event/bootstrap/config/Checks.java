package org.aquastream.event.bootstrap.config;

/** Range checks for configuration records; the message names the offending key. */
final class Checks {
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
