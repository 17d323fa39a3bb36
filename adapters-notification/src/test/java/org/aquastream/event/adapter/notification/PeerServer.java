package org.aquastream.event.adapter.notification;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.aquastream.event.application.error.PeerRejectedException;

/**
 * A peer on 127.0.0.1 for a client test: the server, a client with a short call timeout, and a
 * circuit breaker configured as the service configures it (opens after 5 failures in a row) on a
 * clock the test moves.
 */
final class PeerServer implements AutoCloseable {
  /**
   * The timeout of the tests that wait for it; short, but not so short that a busy box trips it.
   */
  static final Duration TIMEOUT = Duration.ofMillis(2000);

  static final Duration OPEN_WAIT = Duration.ofSeconds(30);

  final MockWebServer server = new MockWebServer();
  final MovableClock clock = new MovableClock();
  final CircuitBreaker breaker;

  /** Generous, so that only the timeout tests are about time. */
  final OkHttpClient client =
      new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(15)).build();

  /** A client that gives up after {@link #TIMEOUT}. */
  final OkHttpClient impatient = client.newBuilder().callTimeout(TIMEOUT).build();

  PeerServer(String name) throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    breaker =
        CircuitBreaker.of(
            name,
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(OPEN_WAIT)
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(e -> !(e instanceof PeerRejectedException))
                .clock(clock)
                .build());
  }

  URI url() {
    return URI.create(server.url("/").toString());
  }

  void answer(int code) {
    server.enqueue(new MockResponse.Builder().code(code).build());
  }

  void answer(int code, String json) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json")
            .body(json)
            .build());
  }

  @Override
  public void close() {
    server.close();
  }
}
