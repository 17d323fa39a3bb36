package org.aquastream.event.adapter.postgres;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.aquastream.event.adapter.postgres.ReplicaState.Status;
import org.aquastream.event.application.port.out.shared.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the catalog may read from a streaming replica: {@link #check()}, run on a
 * schedule, asks the primary for its WAL position and the replica whether it is a standby and how
 * far it has replayed, and keeps the verdict that every routed read consults for free. The lag is
 * measured against the primary's sampled positions ({@link WalPositions}), on the service's clock.
 */
public final class ReplicaMonitor {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaMonitor.class);
  // The insert position covers every commit, also those synchronous_commit = off has not written.
  private static final String PRIMARY_POSITION =
      "SELECT (pg_current_wal_insert_lsn() - '0/0')::bigint";
  // pg_last_wal_replay_lsn() is NULL on a server that is not in recovery.
  private static final String REPLICA_POSITION =
      "SELECT pg_is_in_recovery() AS standby,"
          + " (pg_last_wal_replay_lsn() - '0/0')::bigint AS replayed";

  private final Database primary;
  private final Database replica;
  private final Duration maxLag;
  private final Clock clock;
  private final WalPositions positions = new WalPositions();
  private volatile ReplicaState state;

  public ReplicaMonitor(DataSource primary, DataSource replica, Duration maxLag, Clock clock) {
    this.primary = new Database(primary);
    this.replica = new Database(replica);
    this.maxLag = maxLag;
    this.clock = clock;
    this.state = ReplicaState.unchecked(clock.now());
  }

  private record Replay(boolean standby, Long replayed) {}

  /** Checks the replica once and keeps the verdict; never throws. */
  public synchronized void check() {
    Instant now = clock.now();
    try {
      positions.primaryAt(now, primary.one(PRIMARY_POSITION, query -> query.mapTo(Long.class)));
    } catch (RuntimeException e) {
      // Without a new sample the lag grows from the last position the replica is known to hold.
      LOG.debug("The primary's WAL position is unknown: {}", rootCause(e));
    }
    change(judge(now));
  }

  private ReplicaState judge(Instant now) {
    Replay replay;
    try {
      replay =
          replica.one(
              REPLICA_POSITION,
              query ->
                  query.map(
                      (rows, ctx) ->
                          new Replay(
                              rows.getBoolean("standby"), rows.getObject("replayed", Long.class))));
    } catch (RuntimeException e) {
      return ReplicaState.down(now, "unreachable: " + rootCause(e));
    }
    if (!replay.standby() || replay.replayed() == null) {
      return new ReplicaState(
          Status.NOT_A_STANDBY,
          Optional.empty(),
          now,
          "not a standby (pg_is_in_recovery() is false)");
    }
    Optional<Duration> lag = positions.lagOf(replay.replayed(), now);
    if (lag.isEmpty()) {
      return new ReplicaState(Status.LAGGING, lag, now, "has not caught up with the primary yet");
    }
    if (lag.get().compareTo(maxLag) > 0) {
      return new ReplicaState(
          Status.LAGGING, lag, now, "trails the primary by more than " + maxLag.toMillis() + " ms");
    }
    return new ReplicaState(Status.IN_USE, lag, now, "");
  }

  /** True while catalog reads should go to the replica. */
  public boolean usable() {
    return state().inUse();
  }

  /**
   * The last verdict, as it stands now: the replica's data may have aged since the check by the
   * time that passed, so a verdict no check renewed within the bound (a check stuck on a replica
   * that stopped answering) no longer vouches for it.
   */
  public ReplicaState state() {
    ReplicaState last = state;
    if (!last.inUse()) {
      return last;
    }
    Duration age = last.lag().orElseThrow().plus(Duration.between(last.checkedAt(), clock.now()));
    if (age.compareTo(maxLag) <= 0) {
      return last;
    }
    return new ReplicaState(
        Status.LAGGING,
        Optional.of(age),
        last.checkedAt(),
        "no check has vouched for it since " + last.checkedAt());
  }

  public Duration maxLag() {
    return maxLag;
  }

  /** A read on the replica failed: skip it until a check finds it well again. */
  void readFailed(RuntimeException failure) {
    change(ReplicaState.down(clock.now(), "a read failed: " + rootCause(failure)));
  }

  /** The innermost cause, without the statement and arguments the outer messages repeat. */
  private static String rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /**
   * Keeps {@code next} without a lock (reads must never wait for a check stuck on the replica): a
   * failed read's DOWN may be overwritten by a check that began before it, and the next failed read
   * sets it again.
   */
  private void change(ReplicaState next) {
    ReplicaState previous = state;
    state = next;
    if (previous.status() == next.status()) {
      return;
    }
    if (next.inUse()) {
      LOG.info("Replica in use for catalog reads (lag {} ms)", next.lag().orElseThrow().toMillis());
    } else {
      LOG.warn("Replica skipped, catalog reads go to the primary: {}", next.problem());
    }
  }
}
