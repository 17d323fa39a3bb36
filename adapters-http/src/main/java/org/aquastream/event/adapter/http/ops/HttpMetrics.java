package org.aquastream.event.adapter.http.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
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
    Tags tags =
        Tags.of(
            "method", request.method(),
            "uri", request.route(),
            "status", Integer.toString(request.status()),
            "outcome", request.outcome());
    Timer.builder("http.server.requests")
        .description("HTTP server requests")
        .tags(tags)
        .publishPercentiles(P95)
        .publishPercentileHistogram()
        .register(registry)
        .record(request.duration());
    Counter.builder("aquastream.requests.total")
        .description("HTTP requests answered")
        .tags(tags)
        .register(registry)
        .increment();
    latency.record(request.duration());
  }

  private static double p95Seconds(Timer timer) {
    for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
      if (value.percentile() == P95) {
        return value.value(TimeUnit.SECONDS);
      }
    }
    return 0;
  }
}
