package org.aquastream.event.adapter.http.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.adapter.http.FinishedRequest;
import org.aquastream.event.adapter.http.RequestObserver;

/**
 * The request meters of the operations document: {@code http.server.requests} (Spring Boot's timer:
 * method, uri = route template, status, outcome; with p95 and a histogram), {@code
 * aquastream.requests.total} and {@code aquastream.latency.p95} (seconds, over the last minutes).
 */
public final class HttpMetrics implements RequestObserver {
  private static final double P95 = 0.95;

  private final MeterRegistry registry;
  private final Timer latency;
  // Looking a meter up by name and tags on every request costs more than the request's own
  // bookkeeping; each combination of tags is registered once and kept.
  private final Map<Route, Meters> meters = new ConcurrentHashMap<>();

  public HttpMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.latency =
        Timer.builder("aquastream.latency")
            .description("Latency of every HTTP request, the source of aquastream.latency.p95")
            .publishPercentiles(P95)
            .register(registry);
    Gauge.builder("aquastream.latency.p95", latency, HttpMetrics::p95Seconds)
        .description("95th percentile of HTTP request latency over the last few minutes")
        .baseUnit("seconds")
        .register(registry);
  }

  @Override
  public void finished(FinishedRequest request) {
    Route route = new Route(request.method(), request.route(), request.status(), request.outcome());
    Meters forRoute = meters.computeIfAbsent(route, this::register);
    forRoute.requests().record(request.duration());
    forRoute.answered().increment();
    latency.record(request.duration());
  }

  private Meters register(Route route) {
    Tags tags =
        Tags.of(
            "method", route.method(),
            "uri", route.uri(),
            "status", Integer.toString(route.status()),
            "outcome", route.outcome());
    return new Meters(
        Timer.builder("http.server.requests")
            .description("HTTP server requests")
            .tags(tags)
            .publishPercentiles(P95)
            .publishPercentileHistogram()
            .register(registry),
        Counter.builder("aquastream.requests.total")
            .description("HTTP requests answered")
            .tags(tags)
            .register(registry));
  }

  /** The tags of one kind of answer: routes are templates, so there are few of these. */
  private record Route(String method, String uri, int status, String outcome) {}

  /** The meters of one kind of answer. */
  private record Meters(Timer requests, Counter answered) {}

  private static double p95Seconds(Timer timer) {
    for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
      if (value.percentile() == P95) {
        return value.value(TimeUnit.SECONDS);
      }
    }
    return 0;
  }
}
