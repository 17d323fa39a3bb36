package org.aquastream.event.adapter.http.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code limit} requests per {@code window}, refilled gradually (one token every window/limit), so
 * a client that used its burst gets the next request soon instead of at the window's end.
 */
public record RateLimit(String name, long limit, Duration window) {
  public RateLimit {
    Objects.requireNonNull(name, "name");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
  }

  BucketConfiguration configuration() {
    return BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, window).build())
        .build();
  }
}
