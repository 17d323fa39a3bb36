package org.aquastream.event.adapter.http.ops;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.common.GatewayIdentity;

/**
 * {@code /actuator/health} with its {@code liveness} and {@code readiness} probes, in Spring Boot
 * Actuator's shape. Components are checked in parallel, each within the timeout; any DOWN makes the
 * answer 503. Details only for {@code X-User-Role: ADMIN}.
 */
public final class HealthRoutes implements RouteGroup {
  private static final HealthIndicator PING =
      new HealthIndicator() {
        @Override
        public String name() {
          return "ping";
        }

        @Override
        public Health check() {
          return Health.up();
        }

        @Override
        public java.util.Set<HealthProbe> probes() {
          return java.util.Set.of(HealthProbe.LIVENESS, HealthProbe.READINESS);
        }
      };

  private final List<HealthIndicator> indicators;
  private final Duration timeout;

  public HealthRoutes(List<HealthIndicator> indicators, Duration timeout) {
    List<HealthIndicator> all = new ArrayList<>(indicators);
    all.add(PING);
    this.indicators = List.copyOf(all);
    this.timeout = timeout;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .operation("/actuator/health", ctx -> answer(ctx, indicators))
        .operation("/actuator/health/liveness", ctx -> answer(ctx, of(HealthProbe.LIVENESS)))
        .operation("/actuator/health/readiness", ctx -> answer(ctx, of(HealthProbe.READINESS)));
  }

  private List<HealthIndicator> of(HealthProbe probe) {
    return indicators.stream().filter(i -> i.probes().contains(probe)).toList();
  }

  private void answer(Context ctx, List<HealthIndicator> selected) {
    Map<String, Health> results = checkAll(selected);
    HealthStatus status =
        HealthStatus.worst(results.values().stream().map(Health::status).toList());
    boolean details = mayReadDetails(ctx);
    Map<String, Object> components = new LinkedHashMap<>();
    results.forEach((name, health) -> components.put(name, component(health, details)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("components", components);
    ctx.status(status.httpStatus()).json(body);
  }

  /**
   * The gateway's role header alone decides, as in the operations document ({@code curl -H
   * "X-User-Role: ADMIN"}); a probe must never be refused for malformed identity headers.
   */
  private static boolean mayReadDetails(Context ctx) {
    String role = ctx.header(GatewayIdentity.USER_ROLE_HEADER);
    return role != null && role.strip().equals("ADMIN");
  }

  private static Map<String, Object> component(Health health, boolean details) {
    Map<String, Object> component = new LinkedHashMap<>();
    component.put("status", health.status());
    if (details && !health.details().isEmpty()) {
      component.put("details", health.details());
    }
    return component;
  }

  private Map<String, Health> checkAll(List<HealthIndicator> selected) {
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    try {
      List<Callable<Health>> checks =
          selected.stream().map(i -> (Callable<Health>) i::check).toList();
      List<Future<Health>> futures =
          executor.invokeAll(checks, timeout.toMillis(), TimeUnit.MILLISECONDS);
      Map<String, Health> results = new LinkedHashMap<>();
      for (int i = 0; i < selected.size(); i++) {
        results.put(selected.get(i).name(), outcome(futures.get(i)));
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while checking health", e);
    } finally {
      // Not close(): a check stuck in a driver call must not hold the answer past the timeout.
      executor.shutdownNow();
    }
  }

  private Health outcome(Future<Health> future) throws InterruptedException {
    try {
      return future.get();
    } catch (CancellationException e) {
      return Health.down(Map.of("error", "timed out after " + timeout.toMillis() + " ms"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return Health.down(Map.of("error", cause.getClass().getName() + ": " + cause.getMessage()));
    }
  }
}
