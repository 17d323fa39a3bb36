package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost while the Notification Service is down: 100 bookings change state with the peer
 * down all along, no notification gets through and its circuit opens after five tries; once the
 * peer is back and the circuit's wait has passed (on the service's clock), every notification is
 * delivered exactly once, by its idempotency key, and no message is left pending. The relay runs on
 * demand ({@code POST /internal/jobs/relay-outbox}), never on a timer.
 */
class OutboxDeliveryTest {
  private static final int BOOKINGS = 100;

  private static PeerStub notifications;
  private static RunningService running;

  @BeforeAll
  static void start() {
    notifications = new PeerStub();
    running =
        RunningService.start(
            Map.of(
                "NOTIFICATION_SERVICE_URL",
                notifications.url(),
                // Generous: a busy machine loading the HTTP client must not trip it.
                "SERVICES_NOTIFICATION_TIMEOUT_MS",
                "15000",
                "APP_RATE_LIMIT_ENABLED",
                "false"));
  }

  @AfterAll
  static void stop() {
    running.close();
    notifications.close();
  }

  private static JsonNode relay() {
    Api.Reply reply = running.api.as(Caller.admin()).post("/internal/jobs/relay-outbox", "");
    assertThat(reply.status()).isEqualTo(200);
    return reply.body();
  }

  private static long outbox(String status) {
    return running.count(
        "SELECT count(*) FROM event.outbox WHERE kind = 'NOTIFICATION' AND status = ?", status);
  }

  @Test
  void aPeerDownLosesNothingAndItsReturnDeliversEachNotificationOnce() {
    Scenario scenario = new Scenario(running);
    Caller organizer = scenario.organizer();
    String event = scenario.publishedEvent(organizer, BOOKINGS);
    notifications.goDown();

    List<Caller> users = new ArrayList<>();
    List<String> bookings = new ArrayList<>();
    for (int i = 0; i < BOOKINGS; i++) {
      Caller user = Caller.user();
      users.add(user);
      bookings.add(scenario.book(user, event));
    }
    for (int i = 0; i < BOOKINGS; i++) {
      String action = i % 2 == 0 ? "/confirm" : "/cancel";
      Api.Reply changed =
          running.api.as(users.get(i)).put("/api/v1/bookings/" + bookings.get(i) + action, null);
      assertThat(changed.status()).isEqualTo(200);
    }
    long recorded = outbox("PENDING");
    assertThat(recorded).as("created, then confirmed or cancelled").isEqualTo(2L * BOOKINGS);

    JsonNode whileDown = relay();
    int afterFirstRun = notifications.requestCount();
    running.clock.advance(Duration.ofMinutes(5));
    JsonNode stillDown = relay();

    assertThat(afterFirstRun)
        .as("five failures opened the circuit; the other messages were never sent")
        .isEqualTo(5);
    assertThat(whileDown.path("retried").asInt()).isEqualTo(5);
    assertThat(whileDown.path("postponed").asInt()).isEqualTo(BOOKINGS - 5);
    assertThat(notifications.requestCount() - afterFirstRun)
        .as("after its wait the half-open circuit tried twice, then opened again")
        .isEqualTo(2);
    assertThat(stillDown.path("sent").asInt()).isZero();
    assertThat(notifications.accepted()).as("0 notifications got through").isEmpty();
    assertThat(outbox("PENDING")).isEqualTo(recorded);

    notifications.comeBack();
    running.clock.advance(Duration.ofMinutes(1));
    JsonNode back = relay();

    assertThat(back.path("sent").asInt()).isEqualTo((int) recorded);
    assertThat(outbox("PENDING")).isZero();
    assertThat(outbox("SENT")).isEqualTo(recorded);
    List<String> keys =
        notifications.accepted("/api/v1/notifications").stream()
            .map(PeerStub.Accepted::idempotencyKey)
            .toList();
    assertThat(keys).hasSize((int) recorded).doesNotHaveDuplicates();
    assertThat(keys)
        .contains(
            "booking.created:" + bookings.get(0),
            "booking.confirmed:" + bookings.get(0),
            "booking.cancelled:" + bookings.get(1));
    assertThat(relay().path("sent").asInt()).as("nothing is sent twice").isZero();
  }
}
