package org.aquastream.event.application.service.booking;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a PENDING booking lives ({@code app.event.booking.ttl-minutes}) and how long after that
 * it may still be confirmed ({@code grace-period-minutes}).
 */
public record BookingPolicy(Duration ttl, Duration gracePeriod) {
  public BookingPolicy {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(gracePeriod, "gracePeriod");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    if (gracePeriod.isNegative()) {
      throw new IllegalArgumentException("gracePeriod must not be negative");
    }
  }
}
