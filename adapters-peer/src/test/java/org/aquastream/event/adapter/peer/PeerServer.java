package org.aquastream.event.adapter.peer;

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
public final class PeerServer implements AutoCloseable {
  /**
   * The timeout of the tests that wait for it; short, but not so short that a busy box trips it.
   */
  public static final Duration TIMEOUT = Duration.ofMillis(2000);

  public static final Duration OPEN_WAIT = Duration.ofSeconds(30);

  public final MockWebServer server = new MockWebServer();
  public final MovableClock clock = new MovableClock();
  public final CircuitBreaker breaker;

  /** Generous, so that only the timeout tests are about time. */
  public final OkHttpClient client =
      new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(15)).build();

  /** A client that gives up after {@link #TIMEOUT}. */
  public final OkHttpClient impatient = client.newBuilder().callTimeout(TIMEOUT).build();

  public PeerServer(String name) throws IOException {
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

  public URI url() {
    return URI.create(server.url("/").toString());
  }

  /** Queues an answer with {@code code} and no body. */
  public void answer(int code) {
    server.enqueue(new MockResponse.Builder().code(code).build());
  }

  /** Queues an answer with {@code code} and a JSON body. */
  public void answer(int code, String json) {
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
