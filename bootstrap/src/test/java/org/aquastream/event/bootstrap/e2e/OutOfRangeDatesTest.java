package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Instants outside the service's range (years 2000 to 2999, UTC; docs/adr/0025) never reach
 * PostgreSQL: as event dates, catalog filters or inside a cursor they are a 400 {@code
 * validation-error} naming the input, matching the OpenAPI document, and nothing is written.
 */
class OutOfRangeDatesTest {
  private static RunningService running;
  private static OpenApiContract contract;
  private static Workspace.Organizer organizer;
  private static String draft;

  @BeforeAll
  static void start() {
    running = RunningService.start(Map.of("APP_RATE_LIMIT_ENABLED", "false"));
    contract = new OpenApiContract(running.api.as(Caller.guest()).get("/openapi.json").body());
    Workspace workspace = new Workspace(running);
    organizer = workspace.organizer("Far Dates Club");
    draft = workspace.draftEvent(organizer);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  static Stream<Arguments> farFilters() {
    List<Arguments> cases = new ArrayList<>();
    for (String list : List.of("/api/v1/events", "/api/v1/organizers/{slug}/events")) {
      cases.add(Arguments.of(list, "dateFrom=%2B294277-01-01", "dateFrom"));
      cases.add(Arguments.of(list, "dateTo=-999999999-01-01T00:00:00Z", "dateTo"));
      cases.add(Arguments.of(list, "dateTo=%2B999999999-12-31", "dateTo"));
      cases.add(Arguments.of(list, "dateFrom=1999-12-31T23:59:59Z", "dateFrom"));
      cases.add(Arguments.of(list, "dateTo=3000-01-01", "dateTo"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}?{1} -> {2}")
  @MethodSource("farFilters")
  void aFilterDateOutsideTheRangeIsAValidationErrorNamingIt(
      String template, String query, String field) {
    Api.Reply reply = running.api.as(Caller.guest()).get(path(template) + "?" + query);

    assertNamed(reply, field);
    assertThat(contract.violations("GET", template, reply)).isEmpty();
  }

  @Test
  void theFirstAndLastDayOfTheRangeAreAccepted() {
    Api.Reply reply =
        running.api.as(Caller.guest()).get("/api/v1/events?dateFrom=2000-01-01&dateTo=2999-12-31");

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
  }

  @Test
  void aCursorCarryingAFarDateIsAValidationErrorNamingTheCursor() {
    String cursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("v1|+294277-01-01T00:00:00Z|" + UUID.randomUUID())
                    .getBytes(StandardCharsets.UTF_8));

    Api.Reply reply = running.api.as(Caller.guest()).get("/api/v1/events?cursor=" + cursor);

    assertNamed(reply, "cursor");
  }

  static Stream<Arguments> farEventDates() {
    return Stream.of(
        Arguments.of("dateStart", "+294277-01-01T00:00:00Z"),
        Arguments.of("dateStart", "-999999999-01-01T00:00:00Z"),
        Arguments.of("dateEnd", "+999999999-12-31T23:59:59Z"),
        Arguments.of("dateEnd", "3000-01-01T00:00:00Z"));
  }

  @ParameterizedTest(name = "POST {0} = {1}")
  @MethodSource("farEventDates")
  void anEventDateOutsideTheRangeIsRefusedOnCreate(String field, String date) {
    Map<String, Object> body = new Scenario(running).eventBody(10, null);
    body.put(field, date);
    long events = running.count("SELECT count(*) FROM event.events");

    Api.Reply reply = running.api.as(organizer.owner()).post("/api/v1/events", body);

    assertNamed(reply, field);
    assertThat(contract.violations("POST", "/api/v1/events", reply)).isEmpty();
    assertThat(running.count("SELECT count(*) FROM event.events")).isEqualTo(events);
  }

  @ParameterizedTest(name = "PUT {0} = {1}")
  @MethodSource("farEventDates")
  void anEventDateOutsideTheRangeIsRefusedOnUpdate(String field, String date) {
    String before = running.api.as(organizer.owner()).get("/api/v1/events/" + draft).body() + "";

    Api.Reply reply =
        running.api.as(organizer.owner()).put("/api/v1/events/" + draft, Map.of(field, date));

    assertNamed(reply, field);
    assertThat(contract.violations("PUT", "/api/v1/events/{id}", reply)).isEmpty();
    assertThat(running.api.as(organizer.owner()).get("/api/v1/events/" + draft).body() + "")
        .isEqualTo(before);
  }

  private static String path(String template) {
    return template.replace("{slug}", organizer.slug());
  }

  private static void assertNamed(Api.Reply reply, String field) {
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
    assertThat(reply.text("code")).isEqualTo("validation-error");
    assertThat(reply.body().path("errors").findValuesAsText("field")).contains(field);
  }
}
