package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.aquastream.event.adapter.http.docs.ApiDocsRoutes;
import org.aquastream.event.adapter.http.docs.OpenApiDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiDocsRoutesTest {
  private final TestApi api = new TestApi(new ApiDocsRoutes(OpenApiDocument.load()));

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aGuestReadsTheOpenApiDocumentAsJson() {
    TestApi.Reply reply = api.get("/openapi.json").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    JsonNode document = reply.json();
    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(document.get("paths").has("/api/v1/organizers/{slug}")).isTrue();
    assertThat(document.get("components").get("schemas").has("Problem")).isTrue();
  }

  @Test
  void theDocumentIsReadWhenFirstAskedForAndThenReused() {
    AtomicInteger reads = new AtomicInteger();
    try (TestApi lazy =
        new TestApi(
            new ApiDocsRoutes(
                () -> {
                  reads.incrementAndGet();
                  return OpenApiDocument.load();
                }))) {
      assertThat(reads).hasValue(0);

      assertThat(lazy.get("/openapi.json").send().status()).isEqualTo(200);
      assertThat(lazy.get("/openapi.json").send().json().get("openapi").asText())
          .isEqualTo("3.1.0");
      assertThat(reads).hasValue(1);
    }
  }

  @Test
  void theMergedPartsLeaveNoDanglingReference() {
    JsonNode document = OpenApiDocument.load().tree();
    String text = document.toString();
    java.util.regex.Matcher refs =
        java.util.regex.Pattern.compile("\"\\$ref\":\"#/components/(\\w+)/(\\w+)\"").matcher(text);
    int checked = 0;
    while (refs.find()) {
      assertThat(document.get("components").get(refs.group(1)).has(refs.group(2)))
          .as("%s/%s is declared", refs.group(1), refs.group(2))
          .isTrue();
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void theDocsPageUsesTheBundledSwaggerUiAndNoCdn() {
    TestApi.Reply page = api.get("/docs").send();

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body())
        .contains("/docs/swagger-ui-bundle.js", "/openapi.json")
        .doesNotContain("https://", "http://");
  }

  @Test
  void theSwaggerUiFilesComeFromTheWebjar() {
    TestApi.Reply script = api.get("/docs/swagger-ui-bundle.js").send();
    TestApi.Reply style = api.get("/docs/swagger-ui.css").send();

    assertThat(script.status()).isEqualTo(200);
    assertThat(script.header("Content-Type")).startsWith("text/javascript");
    assertThat(script.body()).contains("SwaggerUIBundle");
    assertThat(style.status()).isEqualTo(200);
    assertThat(style.header("Content-Type")).startsWith("text/css");
  }

  @Test
  void onlyTheListedFilesAreServed() {
    api.get("/docs/index.html").send().assertProblem(404, "not-found");
    assertThat(api.get("/docs/..%2Fpom.properties").send().status()).isEqualTo(404);
  }
}
