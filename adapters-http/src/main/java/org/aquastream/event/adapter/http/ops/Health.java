package org.aquastream.event.adapter.http.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The state of one component and the details an ADMIN may see. */
public record Health(HealthStatus status, Map<String, Object> details) {
  public Health {
    Objects.requireNonNull(status, "status");
    // Insertion order is the order operators read the details in.
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static Health up(Map<String, Object> details) {
    return new Health(HealthStatus.UP, details);
  }

  public static Health up() {
    return up(Map.of());
  }

  public static Health down(Map<String, Object> details) {
    return new Health(HealthStatus.DOWN, details);
  }
}
