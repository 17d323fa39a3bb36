package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input through the whole stack: always a 4xx problem, never a 500, never a write. */
class ProblemResponsesTest {
  private static RunningService running;
  private static String event;

  @BeforeAll
  static void start() {
    running = RunningService.start();
    Scenario scenario = new Scenario(running);
    event = scenario.publishedEvent(scenario.organizer(), 5);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  static Stream<Arguments> badRequests() {
    Caller user = Caller.user();
    return Stream.of(
        Arguments.of(
            "malformed JSON",
            user,
            "POST",
            "/api/v1/bookings",
            "{\"eventId\":",
            400,
            "malformed-request"),
        Arguments.of(
            "wrong type",
            user,
            "POST",
            "/api/v1/bookings",
            "{\"eventId\": 42}",
            400,
            "validation-error"),
        Arguments.of(
            "missing field", user, "POST", "/api/v1/bookings", "{}", 400, "validation-error"),
        Arguments.of(
            "unknown event",
            user,
            "POST",
            "/api/v1/bookings",
            "{\"eventId\":\"00000000-0000-0000-0000-000000000000\"}",
            404,
            "event-not-found"),
        Arguments.of(
            "guest books",
            Caller.guest(),
            "POST",
            "/api/v1/bookings",
            "{\"eventId\":\"00000000-0000-0000-0000-000000000000\"}",
            401,
            "unauthorized"),
        Arguments.of(
            "forged role",
            new Caller(user.id(), "ROOT"),
            "GET",
            "/api/v1/bookings",
            null,
            401,
            "unauthorized"),
        Arguments.of("user creates event", user, "POST", "/api/v1/events", "{}", 403, "forbidden"),
        Arguments.of(
            "page too large",
            user,
            "GET",
            "/api/v1/bookings?size=101",
            null,
            400,
            "validation-error"),
        Arguments.of(
            "negative page",
            Caller.guest(),
            "GET",
            "/api/v1/events?page=-1",
            null,
            400,
            "validation-error"),
        Arguments.of(
            "unknown status",
            Caller.guest(),
            "GET",
            "/api/v1/events?status=SOLD",
            null,
            400,
            "validation-error"),
        Arguments.of(
            "bad id in path",
            user,
            "GET",
            "/api/v1/bookings/not-a-uuid",
            null,
            400,
            "validation-error"),
        Arguments.of("unknown route", user, "GET", "/api/v1/nowhere", null, 404, "not-found"),
        Arguments.of(
            "wrong method", user, "DELETE", "/api/v1/bookings", null, 405, "method-not-allowed"),
        Arguments.of(
            "huge body",
            user,
            "POST",
            "/api/v1/bookings",
            "{\"eventId\":\"" + "x".repeat(70_000) + "\"}",
            413,
            "payload-too-large"));
  }

  @ParameterizedTest(name = "{0} → {5} {6}")
  @MethodSource("badRequests")
  void badInputIsAProblemNeverAServerError(
      String name,
      Caller caller,
      String method,
      String path,
      String body,
      int status,
      String code) {
    long bookingsBefore = running.count("SELECT count(*) FROM event.bookings");

    Api.Reply reply = running.api.as(caller).send(method, path, body);

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.text("code")).isEqualTo(code);
    assertThat(reply.text("type")).isEqualTo("https://aquastream.org/problems/" + code);
    assertThat(reply.body().path("status").asInt()).isEqualTo(status);
    assertThat(reply.text("traceId")).isNotBlank();
    assertThat(reply.headers().firstValue("X-Request-Id")).contains(reply.text("traceId"));
    assertThat(running.count("SELECT count(*) FROM event.bookings")).isEqualTo(bookingsBefore);
  }

  @Test
  void aValidationProblemNamesTheOffendingField() {
    Caller organizer = new Scenario(running).organizer();
    Map<String, Object> body = new Scenario(running).eventBody(0, null);

    Api.Reply reply = running.api.as(organizer).post("/api/v1/events", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("errors").get(0).path("field").asText()).isEqualTo("capacity");
  }

  @Test
  void aSuppliedRequestIdIsEchoedAsTheTraceId() {
    Api.Reply reply =
        running
            .api
            .as(Caller.guest())
            .header("X-Request-Id", "gateway-trace-7")
            .get("/api/v1/events/" + event);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("X-Request-Id")).contains("gateway-trace-7");
  }
}
