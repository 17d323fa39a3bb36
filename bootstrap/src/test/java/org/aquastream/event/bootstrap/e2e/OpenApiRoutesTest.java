package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document and the routes the running service registers are the same set: a
 * route without documentation, or documentation of a route that does not exist, fails here.
 */
class OpenApiRoutesTest {
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

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
  void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteExists() {
    Set<String> registered = new TreeSet<>();
    running.service.routes().forEach(r -> registered.add(r.method() + " " + r.path()));

    Set<String> documented = documentedOperations(servedDocument());

    assertThat(registered).as("registered routes").isNotEmpty();
    assertThat(documented)
        .as(
            "routes documented but not registered: %s, registered but not documented: %s",
            minus(documented, registered), minus(registered, documented))
        .isEqualTo(registered);
  }

  @Test
  void theDocumentIsOpenApiThreeOneWithInfo() {
    JsonNode document = servedDocument();

    assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(document.path("info").path("title").asText()).isNotBlank();
  }

  private static JsonNode servedDocument() {
    Api.Reply reply = running.api.as(Caller.guest()).get("/openapi.json");
    assertThat(reply.status()).isEqualTo(200);
    return reply.body();
  }

  static Set<String> documentedOperations(JsonNode document) {
    Set<String> operations = new TreeSet<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (HTTP_METHODS.contains(method)) {
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                          }
                        }));
    return operations;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return rest;
  }
}
