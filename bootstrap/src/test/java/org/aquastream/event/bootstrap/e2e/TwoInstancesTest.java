package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aquastream.event.bootstrap.EventService;
import org.junit.jupiter.api.Test;

/**
 * Two wired instances of the service on one database: jobs asked of both at once, and both
 * schedulers polling, still expire each booking once and hand each seat to one waiting user.
 */
class TwoInstancesTest {
  private static final Duration PAST_DEADLINE = Duration.ofMinutes(6).plusSeconds(1);

  @Test
  void theExpiryJobRunOnBothInstancesAtOnceExpiresEachBookingOnce() throws Exception {
    try (RunningService running = RunningService.start();
        EventService other = running.anotherInstance(Map.of())) {
      Scenario scenario = new Scenario(running);
      Api second = new Api(other.port());
      String queued = scenario.publishedEvent(scenario.organizer(), 40);
      String plain = scenario.publishedEvent(scenario.organizer(), 40);
      for (int i = 0; i < 40; i++) {
        scenario.book(Caller.user(), queued);
        scenario.book(Caller.user(), plain);
      }
      for (int i = 0; i < 25; i++) {
        Api.Reply joined =
            running.api.as(Caller.user()).post("/api/v1/events/" + queued + "/waitlist", null);
        assertThat(joined.status()).isEqualTo(201);
      }
      running.clock.advance(PAST_DEADLINE);

      List<Api.Reply> replies =
          AtOnce.run(
              List.of(
                  () -> running.api.as(Caller.admin()).post("/internal/jobs/expire-bookings", null),
                  () -> second.as(Caller.admin()).post("/internal/jobs/expire-bookings", null),
                  () -> running.api.as(Caller.admin()).post("/internal/jobs/expire-bookings", null),
                  () -> second.as(Caller.admin()).post("/internal/jobs/expire-bookings", null)));

      assertThat(replies).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
      assertThat(replies.stream().mapToInt(r -> r.body().path("expired").asInt()).sum())
          .isEqualTo(80);
      assertThat(
              running.count("SELECT count(*) FROM event.booking_logs WHERE new_status = 'EXPIRED'"))
          .isEqualTo(80);
      assertThat(
              Seats.count(
                  running,
                  "SELECT count(*) FROM event.waitlist WHERE event_id = ? AND status = 'NOTIFIED'",
                  queued))
          .isEqualTo(25);
      assertThat(
              running.count("SELECT count(*) FROM event.waitlist_audit WHERE action = 'NOTIFIED'"))
          .as("each seat handed to one waiting user, once")
          .isEqualTo(25);
      Seats.assertInvariant(running, queued);
      Seats.assertInvariant(running, plain);
    }
  }

  @Test
  void twoPollingSchedulersRunEachDueExpiryOnce() {
    Map<String, String> jobsOn =
        Map.of("APP_EVENT_JOBS_ENABLED", "true", "APP_EVENT_JOBS_POLLING_INTERVAL_MS", "100");
    try (RunningService running = RunningService.start(jobsOn);
        EventService other = running.anotherInstance(jobsOn)) {
      Scenario scenario = new Scenario(running);
      String event = scenario.publishedEvent(scenario.organizer(), 30);
      List<String> bookings = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        bookings.add(scenario.book(Caller.user(), event));
      }

      // Due once the clock passes TTL + grace and the job's next run (60 s after the first).
      running.clock.advance(PAST_DEADLINE);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  Seats.count(
                          running,
                          "SELECT count(*) FROM event.bookings WHERE event_id = ? AND status = 'EXPIRED'",
                          event)
                      == 30);

      assertThat(
              running.count("SELECT count(*) FROM event.booking_logs WHERE new_status = 'EXPIRED'"))
          .isEqualTo(30);
      assertThat(running.count("SELECT count(*) FROM event.scheduled_tasks"))
          .as("one row per job for both instances")
          .isEqualTo(5);
      Seats.assertInvariant(running, event);
      var expiry =
          running
              .api
              .as(Caller.guest())
              .get("/actuator/scheduledtasks")
              .body()
              .path("fixedDelay")
              .get(0);
      assertThat(expiry.path("lastOutcome").asText()).isEqualTo("SUCCESS");
      assertThat(expiry.path("lastRun").isNull()).isFalse();
      assertThat(bookings).hasSize(30);
    }
  }
}
