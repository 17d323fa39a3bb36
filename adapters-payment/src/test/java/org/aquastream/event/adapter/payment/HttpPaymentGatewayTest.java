package org.aquastream.event.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.aquastream.event.adapter.peer.MovableClock;
import org.aquastream.event.adapter.peer.PeerServer;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.PeerRejectedException;
import org.aquastream.event.application.port.out.booking.PaymentSession;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Payment Service client against a real HTTP server on 127.0.0.1. */
class HttpPaymentGatewayTest {
  private static final Duration TIMEOUT = PeerServer.TIMEOUT;
  private static final Duration OPEN_WAIT = PeerServer.OPEN_WAIT;
  private static final BookingId BOOKING =
      new BookingId(UUID.fromString("11111111-2222-3333-4444-555555555555"));
  private static final UserId USER =
      new UserId(UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
  private static final PaymentRequest REQUEST =
      new PaymentRequest(BOOKING, USER, new Money(new BigDecimal("1500.00"), "RUB"), "Night dive");

  private PeerServer peer;
  private MockWebServer server;
  private MovableClock clock;
  private CircuitBreaker breaker;
  private HttpPaymentGateway gateway;

  @BeforeEach
  void start() throws IOException {
    peer = new PeerServer("paymentService");
    server = peer.server;
    clock = peer.clock;
    breaker = peer.breaker;
    gateway = gatewayAt(peer.url());
  }

  private HttpPaymentGateway gatewayAt(URI url) {
    return gatewayAt(url, peer.client);
  }

  private HttpPaymentGateway gatewayAt(URI url, OkHttpClient client) {
    return new HttpPaymentGateway(url, client, breaker, OPEN_WAIT);
  }

  @AfterEach
  void stop() {
    peer.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  private static final String CREATED =
      """
      {"paymentId":"99999999-8888-7777-6666-555555555555",
       "paymentUrl":"https://pay.example/p/1","status":"PENDING"}
      """;

  @Test
  void startingAPaymentPostsTheContractsBodyWithTheIdempotencyKey() throws Exception {
    server.enqueue(json(201, CREATED));

    PaymentSession session = gateway.startPayment(REQUEST);

    assertThat(session.paymentId())
        .isEqualTo(UUID.fromString("99999999-8888-7777-6666-555555555555"));
    assertThat(session.paymentUrl()).contains("https://pay.example/p/1");
    assertThat(session.status()).isEqualTo("PENDING");
    RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getUrl().encodedPath())
        .isEqualTo("/api/v1/payments/11111111-2222-3333-4444-555555555555/init");
    assertThat(recorded.getHeaders().get("Idempotency-Key"))
        .isEqualTo("payment.init:11111111-2222-3333-4444-555555555555");
    assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(recorded.getBody().utf8())
        .isEqualTo(
            "{\"userId\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\",\"amount\":1500.00,"
                + "\"currency\":\"RUB\",\"description\":\"Night dive\","
                + "\"bookingId\":\"11111111-2222-3333-4444-555555555555\"}");
  }

  @Test
  void aRefundPostsToThePaymentWithItsOwnKey() throws Exception {
    server.enqueue(status(202));
    UUID payment = UUID.fromString("99999999-8888-7777-6666-555555555555");

    gateway.refund(
        Refund.ofRest(
            payment, BOOKING, new Money(new BigDecimal("700.50"), "RUB"), "EVENT_CANCELLED"));

    RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(recorded.getUrl().encodedPath())
        .isEqualTo("/api/v1/payments/99999999-8888-7777-6666-555555555555/refund");
    assertThat(recorded.getHeaders().get("Idempotency-Key")).isEqualTo("refund:" + payment);
    assertThat(recorded.getBody().utf8())
        .isEqualTo(
            "{\"bookingId\":\"11111111-2222-3333-4444-555555555555\",\"amount\":700.50,"
                + "\"currency\":\"RUB\",\"reason\":\"EVENT_CANCELLED\"}");
  }

  @Test
  void aSlowServiceFailsWithinTheTimeoutAsUnavailable() {
    server.enqueue(
        new MockResponse.Builder().body(CREATED).headersDelay(8, TimeUnit.SECONDS).build());
    HttpPaymentGateway impatient = gatewayAt(peer.url(), peer.impatient);
    long started = System.nanoTime();

    DependencyUnavailableException failure =
        catchThrowableOfType(
            DependencyUnavailableException.class, () -> impatient.startPayment(REQUEST));

    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    assertThat(failure.dependency()).isEqualTo("paymentService");
    assertThat(failure.getMessage()).isEqualTo("timeout after 2000ms");
    assertThat(elapsed).isLessThan(TIMEOUT.plus(Duration.ofMillis(1500)));
  }

  @Test
  void aServerErrorIsUnavailableWithThePeersRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "12").build());

    DependencyUnavailableException failure =
        catchThrowableOfType(
            DependencyUnavailableException.class, () -> gateway.startPayment(REQUEST));

    assertThat(failure.getMessage()).isEqualTo("HTTP 503");
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void aRefusedConnectionIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    HttpPaymentGateway nowhere = gatewayAt(URI.create("http://127.0.0.1:" + closedPort));

    assertThatThrownBy(() -> nowhere.startPayment(REQUEST))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasMessage("connection refused");
  }

  @Test
  void aRefusalIsNotAnOutageAndNeverOpensTheCircuit() {
    for (int i = 0; i < 6; i++) {
      server.enqueue(status(422));
      assertThatThrownBy(() -> gateway.startPayment(REQUEST))
          .isInstanceOf(PeerRejectedException.class)
          .hasMessage("HTTP 422");
    }

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void fiveFailuresInARowOpenTheCircuitAndTheNextCallNeverReachesTheService() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(500));
      assertThatThrownBy(() -> gateway.startPayment(REQUEST))
          .isInstanceOf(DependencyUnavailableException.class);
    }
    int requestsBefore = server.getRequestCount();

    DependencyUnavailableException failure =
        catchThrowableOfType(
            DependencyUnavailableException.class, () -> gateway.startPayment(REQUEST));

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(failure.getMessage()).isEqualTo("circuit open");
    assertThat(failure.retryAfter()).isEqualTo(OPEN_WAIT);
    assertThat(gateway.acceptsCalls()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void afterTheWaitAHalfOpenCircuitClosesOnceTrialCallsSucceed() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(503));
      assertThatThrownBy(() -> gateway.startPayment(REQUEST))
          .isInstanceOf(DependencyUnavailableException.class);
    }
    clock.advance(OPEN_WAIT.plusSeconds(1));
    server.enqueue(json(201, CREATED));
    server.enqueue(json(201, CREATED));

    assertThat(gateway.acceptsCalls()).isTrue();
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    gateway.startPayment(REQUEST);
    gateway.startPayment(REQUEST);

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(server.getRequestCount()).isEqualTo(7);
  }

  @Test
  void aFailedTrialCallOpensTheCircuitAgain() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(503));
      assertThatThrownBy(() -> gateway.startPayment(REQUEST))
          .isInstanceOf(DependencyUnavailableException.class);
    }
    clock.advance(OPEN_WAIT.plusSeconds(1));
    server.enqueue(status(503));
    server.enqueue(status(503));

    assertThatThrownBy(() -> gateway.startPayment(REQUEST))
        .isInstanceOf(DependencyUnavailableException.class);
    assertThatThrownBy(() -> gateway.startPayment(REQUEST))
        .isInstanceOf(DependencyUnavailableException.class);

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @Test
  void anAnswerWithoutAPaymentIdIsABrokenAnswer() {
    server.enqueue(json(201, "{\"status\":\"PENDING\"}"));

    assertThatThrownBy(() -> gateway.startPayment(REQUEST))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasMessageStartingWith("I/O error");
  }
}
