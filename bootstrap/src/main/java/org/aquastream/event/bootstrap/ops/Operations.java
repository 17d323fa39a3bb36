package org.aquastream.event.bootstrap.ops;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.aquastream.event.adapter.http.RequestHooks;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.ops.AccessLog;
import org.aquastream.event.adapter.http.ops.DiskSpaceHealth;
import org.aquastream.event.adapter.http.ops.HealthIndicator;
import org.aquastream.event.adapter.http.ops.HealthRoutes;
import org.aquastream.event.adapter.http.ops.HttpMetrics;
import org.aquastream.event.adapter.http.ops.InfoRoutes;
import org.aquastream.event.adapter.http.ops.MetricsRoutes;
import org.aquastream.event.adapter.http.ops.PrometheusRoutes;
import org.aquastream.event.bootstrap.config.AppConfig;

/**
 * The operations side of the HTTP app: the {@code /actuator/*} routes, the health components,
 * request metrics, the access log and the rate limits.
 */
public final class Operations {
  private final AppConfig config;
  private final DataSource dataSource;
  private final Observability observability;
  private final RateLimiting rateLimiting;
  private final List<HealthIndicator> peers = new ArrayList<>();

  public Operations(
      AppConfig config,
      DataSource dataSource,
      Observability observability,
      RateLimiting rateLimiting) {
    this.config = config;
    this.dataSource = dataSource;
    this.observability = observability;
    this.rateLimiting = rateLimiting;
  }

  /** Adds a peer service's component (e.g. {@code paymentService}) to {@code /actuator/health}. */
  public Operations withHealthOf(HealthIndicator peer) {
    peers.add(peer);
    return this;
  }

  public List<RouteGroup> routes() {
    AppConfig.HealthSettings health = config.management().health();
    Duration timeout = Duration.ofMillis(health.timeoutMs());
    List<HealthIndicator> indicators = new ArrayList<>();
    indicators.add(new DatabaseHealth(dataSource, timeout));
    indicators.add(
        new DiskSpaceHealth(
            new File(health.diskspace().path().toString()), health.diskspace().threshold()));
    indicators.addAll(peers);
    return List.of(
        new HealthRoutes(indicators, timeout),
        new InfoRoutes(BuildInfo.of(config.app().name(), config.profile())),
        new MetricsRoutes(observability.registry()),
        new PrometheusRoutes(observability.registry()));
  }

  public RequestHooks hooks() {
    return new RequestHooks(
        rateLimiting.guards(), List.of(new HttpMetrics(observability.registry()), new AccessLog()));
  }
}
