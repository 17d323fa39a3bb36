package org.aquastream.event.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the HTTP adapter.
 *
 * @param maxRequestBytes largest request body accepted; a larger one is answered 413
 * @param stopTimeout how long in-flight requests may take to finish when the server stops
 * @param acceptQueueSize connections the operating system may queue before the server accepts them;
 *     a rush beyond it loses connections
 */
public record HttpSettings(long maxRequestBytes, Duration stopTimeout, int acceptQueueSize) {
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_ACCEPT_QUEUE_SIZE = 1024;

  public HttpSettings {
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
    }
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    if (acceptQueueSize < 1) {
      throw new IllegalArgumentException("acceptQueueSize must be positive: " + acceptQueueSize);
    }
  }

  public HttpSettings(long maxRequestBytes, Duration stopTimeout) {
    this(maxRequestBytes, stopTimeout, DEFAULT_ACCEPT_QUEUE_SIZE);
  }

  public static HttpSettings defaults() {
    return new HttpSettings(DEFAULT_MAX_REQUEST_BYTES, DEFAULT_STOP_TIMEOUT);
  }
}
