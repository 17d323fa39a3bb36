package org.aquastream.event.application.service.operations;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox relay works ({@code app.event.outbox.*}): messages claimed per batch, how often a
 * delivery is tried before the message is FAILED, the backoff between tries (doubling from {@code
 * initialBackoff} up to {@code maxBackoff}), and how long a claim keeps other relays off a message.
 */
public record OutboxPolicy(
    int batchSize, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration lease) {
  public OutboxPolicy {
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("batchSize and maxAttempts must be positive");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(lease, "lease");
    if (initialBackoff.isNegative()
        || initialBackoff.isZero()
        || maxBackoff.compareTo(initialBackoff) < 0
        || lease.isNegative()
        || lease.isZero()) {
      throw new IllegalArgumentException("backoff and lease must be positive, max ≥ initial");
    }
  }

  /** The wait after the {@code attempts}-th failed delivery: initial · 2^(attempts−1), capped. */
  public Duration backoffAfter(int attempts) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
