package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.stream.Stream;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.ConflictException;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemResponsesTest {
  private static final String EVENT = "/api/v1/events/" + StubAnswers.EVENT_ID;

  private final TestApi api =
      new TestApi(
          routes ->
              routes.get(
                  "/test/boom",
                  Role.GUEST,
                  ctx -> {
                    throw new IllegalStateException("secret connection string jdbc:pg://db");
                  }));

  @AfterEach
  void stop() {
    api.close();
  }

  static Stream<Arguments> failuresOfTheCore() {
    return Stream.of(
        Arguments.of(
            new InvalidValueException("capacity", "capacity must be 1–100000"),
            400,
            "validation-error"),
        Arguments.of(
            new InvalidStateException("A CANCELLED event cannot become PUBLISHED"),
            409,
            "invalid-state"),
        Arguments.of(new NotFoundException("event", StubAnswers.EVENT_ID), 404, "event-not-found"),
        Arguments.of(
            new NotFoundException("booking", StubAnswers.BOOKING_ID), 404, "booking-not-found"),
        Arguments.of(new NotFoundException("organizer", "x"), 404, "organizer-not-found"),
        Arguments.of(
            new AccessDeniedException("This event belongs to another organizer"), 403, "forbidden"),
        Arguments.of(
            new ConflictException("organizer-exists", "The slug is taken"),
            409,
            "organizer-exists"),
        Arguments.of(
            new DependencyUnavailableException(
                "user-service", Duration.ofSeconds(30), "down", null),
            503,
            "dependency-unavailable"));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("failuresOfTheCore")
  void eachFailureOfTheCoreBecomesItsProblem(RuntimeException failure, int status, String code) {
    api.useCases.failWith(failure);

    api.get(EVENT).send().assertProblem(status, code);
  }

  @Test
  void anInvalidValueNamesItsFieldInErrors() {
    api.useCases.failWith(new InvalidValueException("capacity", "capacity must be 1–100000"));

    JsonNode problem = api.get(EVENT).send().assertProblem(400, "validation-error");

    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("capacity");
    assertThat(problem.get("errors").get(0).get("message").asText())
        .isEqualTo("capacity must be 1–100000");
  }

  @Test
  void anUnavailableDependencyTellsWhenToRetry() {
    api.useCases.failWith(
        new DependencyUnavailableException("user-service", Duration.ofMillis(2500), "down", null));

    TestApi.Reply reply = api.get(EVENT).send();

    reply.assertProblem(503, "dependency-unavailable");
    assertThat(reply.header("Retry-After")).isEqualTo("3");
  }

  @Test
  void everyProblemHasTheContractMembersInOrder() {
    api.useCases.failWith(new InvalidStateException("nope"));

    TestApi.Reply reply = api.get(EVENT).send();

    assertThat(reply.fieldNames())
        .containsExactly(
            "type",
            "title",
            "status",
            "detail",
            "instance",
            "code",
            "traceId",
            "timestamp",
            "errors");
    assertThat(reply.json().get("instance").asText()).isEqualTo(EVENT);
    assertThat(reply.json().get("detail").asText()).isEqualTo("nope");
  }

  @Test
  void anUnknownRouteIsANotFoundProblem() {
    api.get("/api/v1/nothing-here").send().assertProblem(404, "not-found");
  }

  @Test
  void aKnownPathWithTheWrongMethodIsAMethodNotAllowedProblem() {
    TestApi.Reply reply = api.delete("/api/v1/events").send();

    reply.assertProblem(405, "method-not-allowed");
    assertThat(reply.header("Allow")).contains("GET").contains("POST");
  }

  @Test
  void aBodyOver64KiBIsRefusedBeforeTheUseCaseRuns() {
    String big = "{\"title\":\"" + "x".repeat(70 * 1024) + "\"}";

    api.post("/api/v1/events")
        .as(Role.ORGANIZER)
        .json(big)
        .send()
        .assertProblem(413, "payload-too-large");

    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void aChunkedBodyOver64KiBIsRefusedToo() {
    String big = "{\"title\":\"" + "x".repeat(70 * 1024) + "\"}";

    api.post("/api/v1/events")
        .as(Role.ORGANIZER)
        .chunked(big)
        .send()
        .assertProblem(413, "payload-too-large");

    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void aBodyJustUnderTheLimitIsRead() {
    String body = "{\"description\":\"" + "x".repeat(60 * 1024) + "\"}";

    api.put(EVENT).as(Role.ORGANIZER).json(body).send();

    assertThat(api.useCases.lastCall().useCase()).isEqualTo("updateEvent");
  }

  @Test
  void malformedJsonIsAMalformedRequest() {
    api.post("/api/v1/events")
        .as(Role.ORGANIZER)
        .json("{\"title\": ")
        .send()
        .assertProblem(400, "malformed-request");
  }

  @Test
  void trailingGarbageAfterTheJsonIsAMalformedRequest() {
    api.post("/api/v1/bookings")
        .as(Role.USER)
        .json("{\"eventId\":\"" + StubAnswers.EVENT_ID + "\"} x")
        .send()
        .assertProblem(400, "malformed-request");
  }

  @Test
  void anEmptyBodyWhereOneIsRequiredIsAMalformedRequest() {
    api.post("/api/v1/events").as(Role.ORGANIZER).send().assertProblem(400, "malformed-request");
  }

  @Test
  void aJsonArrayWhereAnObjectIsExpectedIsAMalformedRequest() {
    api.post("/api/v1/bookings")
        .as(Role.USER)
        .json("[1,2]")
        .send()
        .assertProblem(400, "malformed-request");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text/plain", "application/xml", "application/json; charset=latin1"})
  void aBodyThatIsNotDeclaredJsonIsAnUnsupportedMediaType(String contentType) {
    api.post("/api/v1/bookings")
        .as(Role.USER)
        .json("{\"eventId\":\"" + StubAnswers.EVENT_ID + "\"}")
        .header("Content-Type", contentType)
        .send()
        .assertProblem(415, "unsupported-media-type");

    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void aFieldNamedTwiceIsAValidationErrorNamingIt() {
    TestApi.Reply reply =
        api.post("/api/v1/bookings")
            .as(Role.USER)
            .json("{\"eventId\":\"" + StubAnswers.EVENT_ID + "\",\"eventId\":\"x\"}")
            .send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("eventId");
    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void aFieldNamedTwiceDeepInsideIsNamedByItsPath() {
    TestApi.Reply reply =
        api.put(EVENT)
            .as(Role.ORGANIZER)
            .json("{\"tags\":[\"a\"],\"location\":{\"city\":\"A\",\"city\":\"B\"}}")
            .send();

    assertThat(reply.errorFields()).containsExactly("location.city");
  }

  @Test
  void aLoneSurrogateIsAValidationErrorNamingTheField() {
    TestApi.Reply reply =
        api.put(EVENT).as(Role.ORGANIZER).json("{\"tags\":[\"ok\",\"a\\ud800b\"]}").send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("tags[1]");
    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void anUnexpectedFailureIsAGeneric500WithoutInternals() {
    TestApi.Reply reply = api.get("/test/boom").send();

    JsonNode problem = reply.assertProblem(500, "internal-error");
    assertThat(problem.get("detail").asText()).contains("unexpected").doesNotContain("secret");
    assertThat(reply.body())
        .doesNotContain("secret")
        .doesNotContain("IllegalStateException")
        .doesNotContain("at org.")
        .doesNotContain("jdbc");
  }
}
