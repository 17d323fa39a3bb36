package org.aquastream.event.application.error;

import java.time.Duration;

/** A service or database this service needs did not answer; the caller may retry later. */
public final class DependencyUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String dependency;
  private final Duration retryAfter;

  public DependencyUnavailableException(
      String dependency, Duration retryAfter, String message, Throwable cause) {
    super(message, cause);
    this.dependency = dependency;
    this.retryAfter = retryAfter;
  }

  public String dependency() {
    return dependency;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
