package org.aquastream.event.bootstrap.peers;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.aquastream.event.adapter.http.ops.Health;
import org.aquastream.event.adapter.http.ops.HealthIndicator;

/**
 * A peer service's component of {@code /actuator/health} ({@code paymentService}, ...): a cheap
 * {@code GET {peer}/actuator/health} outside the circuit breaker, with its response time, and the
 * breaker's state. DOWN when the probe fails or the circuit is open (calls are not being made).
 * Decides no probe: the service keeps working without its peers.
 */
final class PeerHealth implements HealthIndicator {
  private final String name;
  private final URI url;
  private final CircuitBreaker breaker;
  private final OkHttpClient probeClient;

  PeerHealth(String name, URI url, CircuitBreaker breaker, OkHttpClient probeClient) {
    this.name = name;
    this.url = url;
    this.breaker = breaker;
    this.probeClient = probeClient;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Health check() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("url", url.toString());
    CircuitBreaker.State state = breaker.getState();
    boolean reachable = probe(details);
    details.put("circuitBreaker", state.name());
    boolean callsFlow =
        state != CircuitBreaker.State.OPEN && state != CircuitBreaker.State.FORCED_OPEN;
    return reachable && callsFlow ? Health.up(details) : Health.down(details);
  }

  private boolean probe(Map<String, Object> details) {
    HttpUrl health =
        HttpUrl.get(url.toString()).newBuilder().addPathSegments("actuator/health").build();
    long started = System.nanoTime();
    try (Response response =
        probeClient.newCall(new Request.Builder().url(health).get().build()).execute()) {
      details.put("responseTime", (System.nanoTime() - started) / 1_000_000 + "ms");
      if (!response.isSuccessful()) {
        details.put("error", "HTTP " + response.code());
        return false;
      }
      return true;
    } catch (IOException e) {
      details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      return false;
    }
  }
}
