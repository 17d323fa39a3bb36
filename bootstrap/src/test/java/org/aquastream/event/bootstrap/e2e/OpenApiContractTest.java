package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.aquastream.event.adapter.http.docs.OpenApiDocument;
import org.junit.jupiter.api.Test;

/** The response check the end-to-end tests rely on catches what it should. */
class OpenApiContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenApiContract CONTRACT =
      new OpenApiContract(OpenApiDocument.load().tree());

  @Test
  void anEventWithoutItsRequiredFieldsIsCaught() throws Exception {
    List<String> violations =
        CONTRACT.violations(
            "GET", "/api/v1/events/{id}", reply(200, "application/json", "{\"id\": \"x\"}"));

    assertThat(violations).isNotEmpty().anyMatch(v -> v.contains("title"));
  }

  @Test
  void aValueOfTheWrongTypeIsCaught() throws Exception {
    List<String> violations =
        CONTRACT.violations(
            "GET",
            "/api/v1/profile/favorites/count",
            reply(200, "application/json", "{\"count\": \"three\"}"));

    assertThat(violations).hasSize(1);
  }

  @Test
  void anUndocumentedStatusOrContentTypeIsCaught() throws Exception {
    assertThat(CONTRACT.violations("GET", "/api/v1/events", reply(418, "application/json", "{}")))
        .singleElement()
        .asString()
        .contains("not documented");
    assertThat(
            CONTRACT.violations("GET", "/api/v1/events/{id}", reply(404, "text/plain", "\"gone\"")))
        .singleElement()
        .asString()
        .contains("content type");
  }

  @Test
  void aProblemMissingItsTraceIdIsCaught() throws Exception {
    String problem =
        """
        {"type": "https://aquastream.org/problems/event-not-found", "title": "Event not found",
         "status": 404, "detail": "gone", "instance": "/api/v1/events/1", "code": "event-not-found",
         "timestamp": "2026-01-15T10:23:45.123Z", "errors": []}
        """;

    assertThat(
            CONTRACT.violations(
                "GET", "/api/v1/events/{id}", reply(404, "application/problem+json", problem)))
        .anyMatch(v -> v.contains("traceId"));
  }

  @Test
  void aRateLimitedAnswerWithoutRetryAfterIsCaught() throws Exception {
    Api.Reply refused =
        reply(
            429,
            Map.of(
                "Content-Type", "application/problem+json",
                "X-RateLimit-Limit", "10",
                "X-RateLimit-Remaining", "0"),
            PROBLEM);

    assertThat(CONTRACT.violations("POST", "/api/v1/bookings", refused))
        .singleElement()
        .asString()
        .contains("Retry-After");
  }

  @Test
  void aSuccessReportingALimitThatIsNotDocumentedIsCaught() throws Exception {
    Api.Reply counted =
        reply(
            200,
            Map.of(
                "Content-Type", "application/json",
                "X-RateLimit-Limit", "10",
                "X-RateLimit-Remaining", "9"),
            "{\"count\": 3}");

    assertThat(CONTRACT.violations("GET", "/api/v1/profile/favorites/count", counted))
        .hasSize(2)
        .allMatch(v -> v.contains("is not documented"));
  }

  @Test
  void anEventToCreateNeedsItsRequiredFieldsAndAPatchNeedsNone() throws Exception {
    JsonNode whole =
        JSON.readTree(
            """
            {"type": "DIVING", "title": "Night dive", "dateStart": "2031-06-01T18:00:00Z",
             "dateEnd": "2031-06-01T21:00:00+03:00", "location": {"city": "Sochi"},
             "price": 1500.50, "currency": "RUB", "capacity": 12, "tags": ["night"]}
            """);
    JsonNode titleOnly = JSON.readTree("{\"title\": \"Night dive\"}");

    assertThat(CONTRACT.requestViolations("POST", "/api/v1/events", whole)).isEmpty();
    assertThat(CONTRACT.requestViolations("POST", "/api/v1/events", titleOnly))
        .hasSize(5)
        .allMatch(v -> v.contains("required"));
    assertThat(CONTRACT.requestViolations("PUT", "/api/v1/events/{id}", titleOnly)).isEmpty();
  }

  @Test
  void anEventBodyOutsideItsBoundsBreaksTheSchema() throws Exception {
    for (String broken :
        List.of(
            "{\"price\": -1}",
            "{\"price\": 12.345}",
            "{\"currency\": \"rub\"}",
            "{\"location\": {\"city\": \"Sochi\", \"coordinates\": {\"lat\": 91, \"lng\": 0}}}",
            "{\"location\": {\"coordinates\": null}}",
            "{\"dateStart\": \"3000-01-01T00:00:00Z\"}",
            "{\"capacity\": 0}")) {
      assertThat(CONTRACT.requestViolations("PUT", "/api/v1/events/{id}", JSON.readTree(broken)))
          .as(broken)
          .isNotEmpty();
    }
  }

  @Test
  void urlsAndEmailsOfTheProfileHaveTheirFormats() throws Exception {
    String profile = "/api/v1/organizer/profile";

    assertThat(
            CONTRACT.requestViolations(
                "PUT",
                profile,
                JSON.readTree(
                    "{\"logoUrl\": \"https://cdn.example.org/a.png\","
                        + " \"contacts\": {\"email\": \"club@example.org\", \"website\": \"\"}}")))
        .isEmpty();
    assertThat(
            CONTRACT.requestViolations(
                "PUT", profile, JSON.readTree("{\"logoUrl\": \"logo.png\"}")))
        .isNotEmpty();
    assertThat(
            CONTRACT.requestViolations(
                "PUT", profile, JSON.readTree("{\"contacts\": {\"email\": \"not-an-email\"}}")))
        .isNotEmpty();
  }

  private static final String PROBLEM =
      """
      {"type": "https://aquastream.org/problems/rate-limited", "title": "Too many requests",
       "status": 429, "detail": "slow down", "instance": "/api/v1/bookings", "code": "rate-limited",
       "traceId": "abc", "timestamp": "2026-01-15T10:23:45.123Z", "errors": []}
      """;

  private static Api.Reply reply(int status, String contentType, String body) throws Exception {
    return reply(status, Map.of("Content-Type", contentType), body);
  }

  private static Api.Reply reply(int status, Map<String, String> headers, String body)
      throws Exception {
    JsonNode json = JSON.readTree(body);
    Map<String, List<String>> values = new java.util.HashMap<>();
    headers.forEach((name, value) -> values.put(name, List.of(value)));
    return new Api.Reply(status, json, HttpHeaders.of(values, (a, b) -> true));
  }
}
