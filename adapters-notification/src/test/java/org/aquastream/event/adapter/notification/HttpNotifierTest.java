package org.aquastream.event.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.aquastream.event.adapter.peer.PeerServer;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.PeerRejectedException;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Notification Service client against a real HTTP server on 127.0.0.1. */
class HttpNotifierTest {
  private static final UserId USER =
      new UserId(UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));

  private PeerServer peer;
  private HttpNotifier notifier;

  @BeforeEach
  void start() throws IOException {
    peer = new PeerServer("notificationService");
    notifier = new HttpNotifier(peer.url(), peer.client, peer.breaker, PeerServer.OPEN_WAIT);
  }

  @AfterEach
  void stop() {
    peer.close();
  }

  private static Notification confirmed() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("bookingId", "b-1");
    data.put("eventTitle", "Night dive");
    return new Notification(
        USER, NotificationTemplate.BOOKING_CONFIRMED, data, "booking.confirmed:b-1");
  }

  @Test
  void aNotificationIsPostedOnBothChannelsWithItsTemplateDataAndKey() throws Exception {
    peer.answer(202);

    notifier.send(confirmed());

    RecordedRequest recorded = peer.server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getUrl().encodedPath()).isEqualTo("/api/v1/notifications");
    assertThat(recorded.getHeaders().get("Idempotency-Key")).isEqualTo("booking.confirmed:b-1");
    assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(recorded.getBody().utf8())
        .isEqualTo(
            "{\"userId\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\","
                + "\"channels\":[\"EMAIL\",\"TELEGRAM\"],\"template\":\"booking.confirmed\","
                + "\"data\":{\"bookingId\":\"b-1\",\"eventTitle\":\"Night dive\"}}");
  }

  @Test
  void aSlowServiceFailsWithinTheTimeoutAsUnavailable() {
    peer.server.enqueue(new MockResponse.Builder().headersDelay(8, TimeUnit.SECONDS).build());
    HttpNotifier impatient =
        new HttpNotifier(peer.url(), peer.impatient, peer.breaker, PeerServer.OPEN_WAIT);
    long started = System.nanoTime();

    DependencyUnavailableException failure =
        catchThrowableOfType(
            DependencyUnavailableException.class, () -> impatient.send(confirmed()));

    assertThat(failure.dependency()).isEqualTo("notificationService");
    assertThat(failure.getMessage()).isEqualTo("timeout after 2000ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(PeerServer.TIMEOUT.plus(Duration.ofMillis(1500)));
  }

  @Test
  void aRefusedNotificationIsARejection() {
    peer.answer(400);

    assertThatThrownBy(() -> notifier.send(confirmed()))
        .isInstanceOf(PeerRejectedException.class)
        .hasMessage("HTTP 400");
  }

  @Test
  void fiveFailuresInARowOpenTheCircuitAndTheNextSendNeverReachesTheService() {
    for (int i = 0; i < 5; i++) {
      peer.answer(503);
      assertThatThrownBy(() -> notifier.send(confirmed()))
          .isInstanceOf(DependencyUnavailableException.class);
    }
    int requestsBefore = peer.server.getRequestCount();

    assertThatThrownBy(() -> notifier.send(confirmed()))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasMessage("circuit open");
    assertThat(notifier.acceptsCalls()).isFalse();
    assertThat(peer.server.getRequestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void theCircuitClosesAgainOnceTheServiceAnswersAfterTheWait() {
    for (int i = 0; i < 5; i++) {
      peer.answer(500);
      assertThatThrownBy(() -> notifier.send(confirmed()))
          .isInstanceOf(DependencyUnavailableException.class);
    }
    peer.clock.advance(PeerServer.OPEN_WAIT.plusSeconds(1));
    peer.answer(202);
    peer.answer(202);

    notifier.send(confirmed());
    notifier.send(confirmed());

    assertThat(peer.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(notifier.acceptsCalls()).isTrue();
  }
}
