package org.aquastream.event.adapter.http.ops;

import java.util.Collection;
import java.util.Comparator;

/** Spring Boot Actuator's health states, worst first. */
public enum HealthStatus {
  DOWN,
  OUT_OF_SERVICE,
  UNKNOWN,
  UP;

  /** The worst of the statuses; UP when there are none. */
  public static HealthStatus worst(Collection<HealthStatus> statuses) {
    return statuses.stream().min(Comparator.naturalOrder()).orElse(UP);
  }

  /** 503 for DOWN and OUT_OF_SERVICE, as Spring Boot answers; 200 otherwise. */
  public int httpStatus() {
    return this == DOWN || this == OUT_OF_SERVICE ? 503 : 200;
  }
}
