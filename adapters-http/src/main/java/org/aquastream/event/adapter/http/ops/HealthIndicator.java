package org.aquastream.event.adapter.http.ops;

import java.util.Set;

/**
 * One component of {@code /actuator/health} (the database, disk space, a peer service). Bootstrap
 * adapts each resource to it; {@link #check()} may block briefly and may throw, which reports the
 * component DOWN.
 */
public interface HealthIndicator {

  /** The component's key in the answer: {@code db}, {@code diskSpace}, {@code paymentService}. */
  String name();

  Health check();

  /**
   * The probes this component decides besides the overall health. Dependencies that the service can
   * live without (peer services behind circuit breakers) return none, so their outage never makes
   * the instance look dead or unready.
   */
  default Set<HealthProbe> probes() {
    return Set.of();
  }
}
