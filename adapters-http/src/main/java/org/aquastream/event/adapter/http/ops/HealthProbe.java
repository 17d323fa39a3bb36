package org.aquastream.event.adapter.http.ops;

/** The Kubernetes-style probes under {@code /actuator/health/{probe}}. */
public enum HealthProbe {
  /** The process works; restart it when DOWN. */
  LIVENESS,
  /** The instance can serve requests; route no traffic to it when DOWN. */
  READINESS
}
