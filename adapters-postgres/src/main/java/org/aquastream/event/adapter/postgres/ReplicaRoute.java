package org.aquastream.event.adapter.postgres;

import java.util.function.Function;

/**
 * One read-only port on both servers: a read goes to the replica's instance while the {@link
 * ReplicaMonitor} finds the replica usable, else to the primary's; a read that fails on the replica
 * is run again on the primary, so a replica lost mid-request costs the caller only time.
 */
final class ReplicaRoute<Q> {
  private final Q primary;
  private final Q replica;
  private final ReplicaMonitor monitor;

  ReplicaRoute(Q primary, Q replica, ReplicaMonitor monitor) {
    this.primary = primary;
    this.replica = replica;
    this.monitor = monitor;
  }

  <T> T read(Function<Q, T> query) {
    if (monitor.usable()) {
      try {
        return query.apply(replica);
      } catch (RuntimeException e) {
        monitor.readFailed(e);
      }
    }
    return query.apply(primary);
  }
}
