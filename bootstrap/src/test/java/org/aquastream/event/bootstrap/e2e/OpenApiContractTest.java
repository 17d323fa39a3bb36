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

  private static Api.Reply reply(int status, String contentType, String body) throws Exception {
    JsonNode json = JSON.readTree(body);
    return new Api.Reply(
        status, json, HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (a, b) -> true));
  }
}
