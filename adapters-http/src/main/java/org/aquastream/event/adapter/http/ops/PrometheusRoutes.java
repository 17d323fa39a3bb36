package org.aquastream.event.adapter.http.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;

/** {@code /actuator/prometheus}: every meter in the Prometheus text format, for scraping. */
public final class PrometheusRoutes implements RouteGroup {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  public PrometheusRoutes(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void declare(Routes routes) {
    routes.operation(
        "/actuator/prometheus", ctx -> ctx.contentType(CONTENT_TYPE).result(registry.scrape()));
  }
}
