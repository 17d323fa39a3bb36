package org.aquastream.event.bootstrap.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aquastream.event.adapter.http.ops.Health;
import org.aquastream.event.adapter.http.ops.HealthIndicator;
import org.aquastream.event.adapter.http.ops.HealthStatus;
import org.aquastream.event.adapter.postgres.ReplicaState;
import org.aquastream.event.bootstrap.db.ReplicaDatabase;

/**
 * {@code replica}: the last check of the streaming replica that serves catalog reads. UP while
 * reads use it, OUT_OF_SERVICE while it trails the primary by more than {@code
 * database.replica.max-lag}, DOWN while it does not answer or is not a standby. Decides no probe:
 * meanwhile the reads go to the primary, so the instance stays ready.
 */
public final class ReplicaHealth implements HealthIndicator {
  private final ReplicaDatabase replica;

  public ReplicaHealth(ReplicaDatabase replica) {
    this.replica = replica;
  }

  @Override
  public String name() {
    return "replica";
  }

  @Override
  public Health check() {
    ReplicaState state = replica.monitor().state();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("url", replica.url());
    details.put("state", state.status().name());
    state.lag().ifPresent(lag -> details.put("lag", lag.toMillis() + "ms"));
    details.put("maxLag", replica.monitor().maxLag().toMillis() + "ms");
    details.put("checkedAt", state.checkedAt().toString());
    if (!state.problem().isEmpty()) {
      details.put("problem", state.problem());
    }
    DatabaseHealth.poolOf(replica.dataSource()).ifPresent(pool -> details.put("pool", pool));
    return new Health(status(state.status()), details);
  }

  private static HealthStatus status(ReplicaState.Status status) {
    return switch (status) {
      case IN_USE -> HealthStatus.UP;
      case LAGGING -> HealthStatus.OUT_OF_SERVICE;
      case UNCHECKED -> HealthStatus.UNKNOWN;
      case DOWN, NOT_A_STANDBY -> HealthStatus.DOWN;
    };
  }
}
