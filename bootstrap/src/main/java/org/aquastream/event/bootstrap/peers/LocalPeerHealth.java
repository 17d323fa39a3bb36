package org.aquastream.event.bootstrap.peers;

import java.util.Map;
import org.aquastream.event.adapter.http.ops.Health;
import org.aquastream.event.adapter.http.ops.HealthIndicator;

/** The component of a peer replaced by its local stand-in: always UP, in {@code mode: local}. */
record LocalPeerHealth(String name) implements HealthIndicator {
  @Override
  public Health check() {
    return Health.up(Map.of("mode", "local"));
  }
}
