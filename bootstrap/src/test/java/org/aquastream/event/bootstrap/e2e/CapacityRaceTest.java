package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many users, few seats, one instant: capacity holds over real HTTP and PostgreSQL. */
class CapacityRaceTest {
  private static final int SEATS = 50;
  private static final int USERS = 200;

  private static RunningService running;

  @BeforeAll
  static void start() {
    running = RunningService.start();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void twoHundredUsersRacingForFiftySeatsGetExactlyFiftyBookings() throws Exception {
    Scenario scenario = new Scenario(running);
    String event = scenario.publishedEvent(scenario.organizer(), SEATS);
    CountDownLatch go = new CountDownLatch(1);
    ConcurrentLinkedQueue<Api.Reply> replies = new ConcurrentLinkedQueue<>();
    List<Caller> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      users.add(Caller.user());
    }

    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> attempts = new ArrayList<>();
      for (Caller user : users) {
        attempts.add(
            pool.submit(
                () -> {
                  go.await();
                  replies.add(
                      running.api.as(user).post("/api/v1/bookings", Map.of("eventId", event)));
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> attempt : attempts) {
        attempt.get();
      }
    }

    List<Api.Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
    List<Api.Reply> refused = replies.stream().filter(r -> r.status() != 201).toList();
    assertThat(created).hasSize(SEATS);
    assertThat(refused)
        .hasSize(USERS - SEATS)
        .allSatisfy(
            reply -> {
              assertThat(reply.status()).isEqualTo(409);
              assertThat(reply.text("code")).isEqualTo("event-full");
              assertThat(reply.body().path("waitlistAvailable").asBoolean()).isTrue();
            });
    assertThat(created.stream().map(r -> r.text("userId")).distinct()).hasSize(SEATS);

    UUID eventId = UUID.fromString(event);
    assertThat(running.count("SELECT available FROM event.events WHERE id = ?", eventId)).isZero();
    assertThat(
            running.count(
                "SELECT count(*) FROM event.bookings WHERE event_id = ?"
                    + " AND status IN ('PENDING', 'CONFIRMED')",
                eventId))
        .isEqualTo(SEATS);
    assertThat(
            running.count(
                "SELECT count(DISTINCT user_id) FROM event.bookings WHERE event_id = ?", eventId))
        .isEqualTo(SEATS);
    assertThat(
            running.count(
                "SELECT count(*) FROM event.booking_logs l JOIN event.bookings b"
                    + " ON b.id = l.booking_id WHERE b.event_id = ? AND l.action = 'CREATED'",
                eventId))
        .as("every booking has its audit row")
        .isEqualTo(SEATS);
  }
}
