package org.aquastream.event.adapter.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.PeerRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One call to a peer, on its own, against a real HTTP server on 127.0.0.1. */
class PeerCallTest {
  private static final String NAME = "somePeer";
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  /**
   * Short: the answer is 8 s away however busy the box is, so any timeout ends the call the same
   * way, and nothing here measures time.
   */
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

  private PeerServer peer;
  private PeerCall call;

  @BeforeEach
  void start() throws IOException {
    peer = new PeerServer(NAME);
    call = callWith(peer.client);
  }

  @AfterEach
  void stop() {
    peer.close();
  }

  private PeerCall callWith(OkHttpClient client) {
    return new PeerCall(NAME, client, peer.breaker, PeerServer.OPEN_WAIT);
  }

  private Request get() {
    return new Request.Builder().url(peer.server.url("/things/1")).get().build();
  }

  private String fetch() {
    return call.execute(get(), response -> response.body().string());
  }

  /** The failing peer, what went wrong, and when to try again. */
  private static List<Object> whoWhatAndWhen(DependencyUnavailableException failure) {
    return List.of(failure.dependency(), failure.getMessage(), failure.retryAfter());
  }

  /** Enough 503s to open the circuit as configured. */
  private void fiveOutagesInARow() {
    for (int i = 0; i < 5; i++) {
      peer.answer(503);
      assertThatThrownBy(this::fetch).isInstanceOf(DependencyUnavailableException.class);
    }
  }

  private int failedCalls() {
    return peer.breaker.getMetrics().getNumberOfFailedCalls();
  }

  @Test
  void aSuccessfulAnswerIsWhatTheReaderMakesOfIt() {
    peer.answer(200, "{\"name\":\"Night dive\"}");

    assertThat(fetch()).isEqualTo("{\"name\":\"Night dive\"}");
    assertThat(peer.breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
  }

  @Test
  void aSlowPeerIsUnavailableOnceTheCallTimeoutPassesAndCountsAsAFailure() {
    peer.server.enqueue(new MockResponse.Builder().headersDelay(8, TimeUnit.SECONDS).build());
    PeerCall impatient = callWith(peer.client.newBuilder().callTimeout(SHORT_TIMEOUT).build());

    DependencyUnavailableException failure =
        catchThrowableOfType(
            DependencyUnavailableException.class, () -> impatient.execute(get(), response -> null));

    assertThat(whoWhatAndWhen(failure))
        .containsExactly(NAME, "timeout after 300ms", DEFAULT_RETRY_AFTER);
    assertThat(failedCalls()).isEqualTo(1);
  }

  @Test
  void aServerErrorIsUnavailableAndCountsAgainstTheCircuit() {
    peer.answer(500);

    DependencyUnavailableException failure =
        catchThrowableOfType(DependencyUnavailableException.class, this::fetch);

    assertThat(whoWhatAndWhen(failure)).containsExactly(NAME, "HTTP 500", DEFAULT_RETRY_AFTER);
    assertThat(failedCalls()).isEqualTo(1);
  }

  @Test
  void thePeersRetryAfterInSecondsIsPassedOn() {
    peer.server.enqueue(
        new MockResponse.Builder().code(503).setHeader("Retry-After", " 12 ").build());

    assertThat(catchThrowableOfType(DependencyUnavailableException.class, this::fetch).retryAfter())
        .isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void aRetryAfterThatIsNotSecondsFallsBackToFiveSeconds() {
    peer.server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .setHeader("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT")
            .build());

    assertThat(catchThrowableOfType(DependencyUnavailableException.class, this::fetch).retryAfter())
        .isEqualTo(DEFAULT_RETRY_AFTER);
  }

  @Test
  void aRefusalIsARejectionThatNeverCountsAgainstTheCircuit() {
    for (int i = 0; i < 6; i++) {
      peer.answer(422);

      PeerRejectedException refusal =
          catchThrowableOfType(PeerRejectedException.class, this::fetch);

      assertThat(refusal.dependency()).isEqualTo(NAME);
      assertThat(refusal.status()).isEqualTo(422);
      assertThat(refusal.getMessage()).isEqualTo("HTTP 422");
    }

    assertThat(failedCalls()).isZero();
    assertThat(peer.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aRefusedConnectionIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    Request nowhere =
        new Request.Builder().url(HttpUrl.get("http://127.0.0.1:" + closedPort + "/")).build();

    assertThatThrownBy(() -> call.execute(nowhere, response -> null))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasMessage("connection refused");
    assertThat(failedCalls()).isEqualTo(1);
  }

  @Test
  void anAnswerTheReaderCannotReadIsUnavailable() {
    peer.answer(200, "[]");
    peer.answer(200, "[]");

    assertThatThrownBy(
            () ->
                call.execute(
                    get(),
                    response -> {
                      throw new IOException("no paymentId");
                    }))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasMessage("I/O error: IOException");
    assertThatThrownBy(
            () ->
                call.execute(
                    get(),
                    response -> {
                      throw new IllegalArgumentException("not an object");
                    }))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasMessage("unreadable answer: IllegalArgumentException");
    assertThat(failedCalls()).isEqualTo(2);
  }

  @Test
  void anOpenCircuitAnswersWithoutCallingAndAsksToWaitTheOpenWait() {
    fiveOutagesInARow();
    int requestsBefore = peer.server.getRequestCount();

    DependencyUnavailableException failure =
        catchThrowableOfType(DependencyUnavailableException.class, this::fetch);

    assertThat(whoWhatAndWhen(failure)).containsExactly(NAME, "circuit open", PeerServer.OPEN_WAIT);
    assertThat(call.acceptsCalls()).isFalse();
    assertThat(peer.server.getRequestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void askingWhetherItAcceptsCallsUsesUpNoTrialCall() {
    fiveOutagesInARow();
    peer.clock.advance(PeerServer.OPEN_WAIT.plusSeconds(1));

    for (int i = 0; i < 3; i++) {
      assertThat(call.acceptsCalls()).isTrue();
    }
    peer.answer(200, "{}");
    peer.answer(200, "{}");
    fetch();
    fetch();

    assertThat(peer.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aJsonPostCarriesItsBodyAndIdempotencyKey() throws Exception {
    peer.answer(202);

    call.execute(
        PeerRequests.jsonPost(peer.server.url("/api/v1/things"), "{\"a\":1}", "thing:1"),
        response -> null);

    RecordedRequest recorded = peer.server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getUrl().encodedPath()).isEqualTo("/api/v1/things");
    assertThat(recorded.getHeaders().get("Idempotency-Key")).isEqualTo("thing:1");
    assertThat(recorded.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(recorded.getBody().utf8()).isEqualTo("{\"a\":1}");
  }
}
