package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.aquastream.event.adapter.http.waitlist.WaitlistRoutes;
import org.aquastream.event.application.error.ConflictException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WaitlistRoutesTest {
  private static final String WAITLIST = "/api/v1/events/" + StubAnswers.EVENT_ID + "/waitlist";

  private final RecordingWaitlistUseCases useCases = new RecordingWaitlistUseCases();
  private final TestApi api =
      new TestApi(new WaitlistRoutes(useCases, useCases, useCases, useCases, useCases));

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aUserJoinsAndGetsTheirEntryWithItsPlace() {
    TestApi.Reply reply = api.post(WAITLIST).as(Role.USER).send();

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header("Location")).isEqualTo(WAITLIST + "/status");
    assertThat(reply.fieldNames())
        .containsExactly(
            "id",
            "eventId",
            "userId",
            "seats",
            "status",
            "position",
            "totalInQueue",
            "notifiedAt",
            "notificationExpiresAt",
            "createdAt",
            "updatedAt",
            "event");
    JsonNode json = reply.json();
    assertThat(json.get("status").asText()).isEqualTo("NOTIFIED");
    assertThat(json.get("position").asInt()).isEqualTo(2);
    assertThat(json.get("totalInQueue").asInt()).isEqualTo(3);
    assertThat(json.get("notifiedAt").asText()).isEqualTo("2026-01-15T11:00:00.000Z");
    assertThat(json.get("notificationExpiresAt").asText()).isEqualTo("2026-01-15T11:30:00.000Z");
    assertThat(json.get("event").get("id").asText()).isEqualTo(StubAnswers.EVENT_ID.toString());
    Actor actor = useCases.lastCall().arg(0, Actor.class);
    assertThat(actor.userId().value()).isEqualTo(StubAnswers.USER_ID);
    assertThat(useCases.lastCall().arg(1, EventId.class).value()).isEqualTo(StubAnswers.EVENT_ID);
    assertThat(useCases.lastCall().arg(2, Integer.class)).isEqualTo(1);
  }

  @Test
  void aUserJoinsForAParty() {
    TestApi.Reply reply = api.post(WAITLIST).as(Role.USER).json("{\"seats\": 3}").send();

    assertThat(reply.status()).isEqualTo(201);
    assertThat(useCases.lastCall().arg(2, Integer.class)).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"seats\": \"3\"}", "{\"seats\": 2.5}", "{\"seats\": [3]}"})
  void seatsThatAreNotAWholeNumberAreAValidationErrorNamingThem(String body) {
    TestApi.Reply reply = api.post(WAITLIST).as(Role.USER).json(body).send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("seats");
    assertThat(useCases.calls()).isEmpty();
  }

  @Test
  void leavingAnswersNoContent() {
    TestApi.Reply reply = api.delete(WAITLIST).as(Role.USER).send();

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertThat(useCases.lastCall().useCase()).isEqualTo("leaveWaitlist");
  }

  @Test
  void theStatusShowsTheEntry() {
    TestApi.Reply reply = api.get(WAITLIST + "/status").as(Role.USER).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("id").asText())
        .isEqualTo(RecordingWaitlistUseCases.ENTRY_ID.toString());
  }

  @Test
  void myWaitlistIsPagedAndFiltered() {
    TestApi.Reply reply =
        api.get("/api/v1/waitlist?status=WAITING&page=1&size=5").as(Role.USER).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("items").get(0).get("position").asInt()).isEqualTo(2);
    assertThat(useCases.lastCall().optional(1)).contains(WaitlistStatus.WAITING);
    assertThat(useCases.lastCall().arg(2, PageRequest.class)).isEqualTo(new PageRequest(1, 5));
  }

  @Test
  void anUnknownStatusFilterIsAValidationError() {
    api.get("/api/v1/waitlist?status=LATE")
        .as(Role.USER)
        .send()
        .assertProblem(400, "validation-error");
  }

  @Test
  void theOwnerNotifiesTheQueue() {
    TestApi.Reply reply = api.post(WAITLIST + "/notify").as(Role.ORGANIZER).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("notified").asInt()).isEqualTo(2);
    assertThat(reply.json().get("eventId").asText()).isEqualTo(StubAnswers.EVENT_ID.toString());
    assertThat(useCases.lastCall().useCase()).isEqualTo("processWaitlist");
  }

  @ParameterizedTest
  @CsvSource({
    "POST, /waitlist, USER",
    "DELETE, /waitlist, USER",
    "GET, /waitlist/status, USER",
    "POST, /waitlist/notify, ORGANIZER"
  })
  void guestsAreUnauthorizedAndTooLowRolesForbidden(String method, String path, Role minimum) {
    api.request(method, WAITLIST.replace("/waitlist", "") + path)
        .send()
        .assertProblem(401, "unauthorized");
    if (minimum == Role.ORGANIZER) {
      api.request(method, WAITLIST.replace("/waitlist", "") + path)
          .as(Role.USER)
          .send()
          .assertProblem(403, "forbidden");
    }
    assertThat(useCases.calls()).isEmpty();
  }

  @Test
  void refusalsBecomeProblems() {
    useCases.failWith(
        new InvalidStateException("The event still has 3 free seats; book one directly"));
    api.post(WAITLIST).as(Role.USER).send().assertProblem(409, "invalid-state");

    useCases.failWith(new ConflictException("waitlist-entry-exists", "already queued"));
    api.post(WAITLIST).as(Role.USER).send().assertProblem(409, "waitlist-entry-exists");

    useCases.failWith(new NotFoundException("waitlist entry", StubAnswers.EVENT_ID));
    api.get(WAITLIST + "/status")
        .as(Role.USER)
        .send()
        .assertProblem(404, "waitlist-entry-not-found");
  }

  @Test
  void aMalformedEventIdIsAValidationError() {
    TestApi.Reply reply = api.post("/api/v1/events/not-a-uuid/waitlist").as(Role.USER).send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("id");
    assertThat(useCases.calls()).isEmpty();
  }
}
