package org.aquastream.event.adapter.postgres;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the last check of the replica found: whether catalog reads go to it, how far behind the
 * primary it was, and what is wrong with it when they do not.
 *
 * @param lag how old the replica's data may be; empty when unknown (down, or not caught up yet)
 * @param problem why reads skip the replica; empty while they use it
 */
public record ReplicaState(
    Status status, Optional<Duration> lag, Instant checkedAt, String problem) {

  /** Where the catalog's reads go, and why. */
  public enum Status {
    /** Not checked yet: reads go to the primary until the first check. */
    UNCHECKED,
    /** Answers and trails the primary by at most the bound: reads go to it. */
    IN_USE,
    /** Answers but trails the primary by more than the bound: reads go to the primary. */
    LAGGING,
    /** Does not answer, or a read on it failed: reads go to the primary. */
    DOWN,
    /** Answers but is not in recovery (a promoted or wrongly named server): never used. */
    NOT_A_STANDBY
  }

  public ReplicaState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lag, "lag");
    Objects.requireNonNull(checkedAt, "checkedAt");
    Objects.requireNonNull(problem, "problem");
  }

  static ReplicaState unchecked(Instant now) {
    return new ReplicaState(Status.UNCHECKED, Optional.empty(), now, "not checked yet");
  }

  static ReplicaState down(Instant now, String problem) {
    return new ReplicaState(Status.DOWN, Optional.empty(), now, problem);
  }

  public boolean inUse() {
    return status == Status.IN_USE;
  }
}
