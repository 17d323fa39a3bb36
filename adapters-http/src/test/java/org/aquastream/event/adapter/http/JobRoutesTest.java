package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.aquastream.event.adapter.http.jobs.JobRoutes;
import org.aquastream.event.adapter.http.jobs.ScheduledTasksRoutes;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobRoutesTest {
  private final RecordingWaitlistUseCases useCases = new RecordingWaitlistUseCases();
  private final TestApi api =
      new TestApi(new JobRoutes(useCases, useCases, useCases), new ScheduledTasksRoutes(useCases));

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void anAdminRunsTheExpiryJobAndGetsTheCount() {
    TestApi.Reply reply = api.post("/internal/jobs/expire-bookings").as(Role.ADMIN).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"expired\":15}");
  }

  @Test
  void anAdminCompletesFinishedEvents() {
    TestApi.Reply reply = api.post("/internal/jobs/complete-events").as(Role.ADMIN).send();

    assertThat(reply.body()).isEqualTo("{\"completed\":3}");
  }

  @Test
  void anAdminProcessesOneEventsWaitlist() {
    TestApi.Reply reply =
        api.post("/internal/jobs/process-waitlist?eventId=" + StubAnswers.EVENT_ID)
            .as(Role.ADMIN)
            .send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("notified").asInt()).isEqualTo(2);
    assertThat(useCases.lastCall().arg(1, EventId.class).value()).isEqualTo(StubAnswers.EVENT_ID);
  }

  @Test
  void processingWithoutAnEventIdIsAValidationError() {
    TestApi.Reply reply = api.post("/internal/jobs/process-waitlist").as(Role.ADMIN).send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("eventId");
    assertThat(useCases.calls()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"expire-bookings", "complete-events", "process-waitlist"})
  void onlyAnAdminRunsJobs(String job) {
    String path = "/internal/jobs/" + job + "?eventId=" + StubAnswers.EVENT_ID;

    api.post(path).send().assertProblem(401, "unauthorized");
    api.post(path).as(Role.USER).send().assertProblem(403, "forbidden");
    api.post(path).as(Role.ORGANIZER).send().assertProblem(403, "forbidden");
    assertThat(useCases.calls()).isEmpty();
  }

  @Test
  void theJobsAreNotUnderTheApiPrefix() {
    api.post("/api/v1/internal/jobs/expire-bookings")
        .as(Role.ADMIN)
        .send()
        .assertProblem(404, "not-found");
  }

  @Test
  void scheduledTasksComeInTheActuatorShapeWithTheirRuns() {
    TestApi.Reply reply = api.get("/actuator/scheduledtasks").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.fieldNames()).containsExactly("cron", "fixedDelay");
    JsonNode cron = reply.json().get("cron").get(0);
    assertThat(cron.get("runnable").get("target").asText())
        .isEqualTo("org.example.Completion.completeFinishedEvents");
    assertThat(cron.get("expression").asText()).isEqualTo("0 0 * * * *");
    assertThat(cron.get("lastRun").isNull()).isTrue();
    assertThat(cron.get("nextRun").asText()).isEqualTo("2026-01-15T11:00:00.000Z");
    JsonNode fixed = reply.json().get("fixedDelay").get(0);
    assertThat(fixed.get("runnable").get("target").asText())
        .isEqualTo("org.example.Expiry.expirePendingBookings");
    assertThat(fixed.get("initialDelay").asLong()).isZero();
    assertThat(fixed.get("interval").asLong()).isEqualTo(60_000);
    assertThat(fixed.get("lastRun").asText()).isEqualTo("2026-01-15T10:30:00.000Z");
    assertThat(fixed.get("nextRun").asText()).isEqualTo("2026-01-15T10:31:00.000Z");
    assertThat(fixed.get("lastOutcome").asText()).isEqualTo("SUCCESS");
    assertThat(fixed.get("name").asText()).isEqualTo("expire-pending-bookings");
  }
}
