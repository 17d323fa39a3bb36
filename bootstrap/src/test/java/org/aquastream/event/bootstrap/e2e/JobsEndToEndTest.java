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
 * The admin job endpoints and /actuator/scheduledtasks over HTTP (dev profile: TTL 5 + grace 1).
 */
class JobsEndToEndTest {
  private static RunningService running;
  private static Scenario scenario;

  @BeforeAll
  static void start() {
    running = RunningService.start(Map.of("APP_EVENT_WAITLIST_AUTO_PROCESS", "false"));
    scenario = new Scenario(running);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void theExpiryJobExpiresDueBookingsAndAnswersHowMany() {
    String event = scenario.publishedEvent(scenario.organizer(), 5);
    String booking = scenario.book(Caller.user(), event);
    scenario.book(Caller.user(), event);
    running.clock.advance(Duration.ofMinutes(6).plusSeconds(1));

    Api.Reply reply = running.api.as(Caller.admin()).post("/internal/jobs/expire-bookings", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("expired").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(running.api.as(Caller.admin()).get("/api/v1/bookings/" + booking).text("status"))
        .isEqualTo("EXPIRED");
    assertThat(
            running
                .api
                .as(Caller.guest())
                .get("/api/v1/events/" + event)
                .body()
                .path("available")
                .asInt())
        .isEqualTo(5);
    Seats.assertInvariant(running, event);
  }

  @Test
  void withAutoProcessOffTheOwnerOffersFreedSeatsOnRequest() {
    Caller organizer = scenario.organizer();
    String event = scenario.publishedEvent(organizer, 2);
    Caller a = Caller.user();
    String first = scenario.book(a, event);
    scenario.book(Caller.user(), event);
    List<Caller> queue = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Caller user = Caller.user();
      running.api.as(user).post("/api/v1/events/" + event + "/waitlist", null);
      queue.add(user);
    }
    running.api.as(a).put("/api/v1/bookings/" + first + "/cancel", null);
    assertThat(
            running
                .api
                .as(Caller.guest())
                .get("/api/v1/events/" + event)
                .body()
                .path("available")
                .asInt())
        .as("auto-process off: the seat goes back to the event")
        .isEqualTo(1);

    Api.Reply notified =
        running.api.as(organizer).post("/api/v1/events/" + event + "/waitlist/notify", null);
    Api.Reply again =
        running
            .api
            .as(Caller.admin())
            .post("/internal/jobs/process-waitlist?eventId=" + event, null);

    assertThat(notified.body().path("notified").asInt()).isEqualTo(1);
    assertThat(again.body().path("notified").asInt()).isZero();
    assertThat(
            running
                .api
                .as(queue.getFirst())
                .get("/api/v1/events/" + event + "/waitlist/status")
                .text("status"))
        .isEqualTo("NOTIFIED");
    Seats.assertInvariant(running, event);
    assertThat(
            running
                .api
                .as(Caller.organizer())
                .post("/api/v1/events/" + event + "/waitlist/notify", null)
                .status())
        .as("another organizer")
        .isEqualTo(403);
  }

  @Test
  void theCompletionJobCompletesEndedEvents() {
    String event = scenario.publishedEvent(scenario.organizer(), 3);
    Caller user = Caller.user();
    String booking = scenario.book(user, event);
    running.api.as(user).put("/api/v1/bookings/" + booking + "/confirm", null);
    running.clock.advance(Duration.ofDays(11));

    Api.Reply reply = running.api.as(Caller.admin()).post("/internal/jobs/complete-events", null);

    assertThat(reply.body().path("completed").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(running.api.as(Caller.guest()).get("/api/v1/events/" + event).text("status"))
        .isEqualTo("COMPLETED");
    assertThat(running.api.as(user).get("/api/v1/bookings/" + booking).text("status"))
        .isEqualTo("COMPLETED");
  }

  @Test
  void onlyAdminsRunJobs() {
    assertThat(running.api.as(Caller.guest()).post("/internal/jobs/expire-bookings", null).status())
        .isEqualTo(401);
    assertThat(
            running
                .api
                .as(Caller.organizer())
                .post("/internal/jobs/complete-events", null)
                .status())
        .isEqualTo(403);
  }

  @Test
  void scheduledTasksListTheFiveJobsWithTheConfiguredSchedules() {
    JsonNode tasks = running.api.as(Caller.guest()).get("/actuator/scheduledtasks").body();

    assertThat(tasks.path("cron")).hasSize(2);
    assertThat(tasks.path("cron").get(0).path("expression").asText()).isEqualTo("0 0 * * * *");
    assertThat(tasks.path("cron").get(0).path("runnable").path("target").asText())
        .endsWith("CompleteFinishedEventsService.completeFinishedEvents");
    assertThat(tasks.path("fixedDelay")).hasSize(3);
    assertThat(tasks.path("fixedDelay").get(0).path("interval").asLong()).isEqualTo(60_000);
    assertThat(tasks.path("fixedDelay").get(0).path("initialDelay").asLong()).isZero();
    assertThat(tasks.path("fixedDelay").get(0).path("runnable").path("target").asText())
        .endsWith("ExpirePendingBookingsService.expirePendingBookings");
    assertThat(tasks.path("fixedDelay").get(1).path("interval").asLong()).isEqualTo(300_000);
    assertThat(tasks.path("fixedDelay").get(1).path("runnable").path("target").asText())
        .endsWith("ExpireWaitlistNotificationsService.cleanupExpiredWaitlistNotifications");
    assertThat(tasks.path("fixedDelay").get(2).path("interval").asLong()).isEqualTo(5_000);
    assertThat(tasks.path("fixedDelay").get(2).path("runnable").path("target").asText())
        .endsWith("RelayOutboxService.relay");
  }
}
