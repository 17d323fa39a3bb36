package org.aquastream.event.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the HTTP adapter.
 *
 * @param maxRequestBytes largest request body accepted; a larger one is answered 413
 * @param stopTimeout how long in-flight requests may take to finish when the server stops
 */
public record HttpSettings(long maxRequestBytes, Duration stopTimeout) {
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

  public HttpSettings {
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
    }
    Objects.requireNonNull(stopTimeout, "stopTimeout");
  }

  public static HttpSettings defaults() {
    return new HttpSettings(DEFAULT_MAX_REQUEST_BYTES, DEFAULT_STOP_TIMEOUT);
  }
}
