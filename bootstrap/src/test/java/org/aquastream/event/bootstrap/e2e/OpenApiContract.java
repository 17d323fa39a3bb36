package org.aquastream.event.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks real responses against the OpenAPI document the service serves: the status must be
 * documented for the operation, the headers it marks required must be there (and a success that
 * reports a rate limit must say so), the content type must be the documented one, and the body must
 * validate against the documented JSON Schema (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
final class OpenApiContract {
  private static final String BASE = "https://aquastream.test/openapi.json";
  private static final List<String> LIMIT_HEADERS =
      List.of("X-RateLimit-Limit", "X-RateLimit-Remaining");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final ObjectNode document;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  OpenApiContract(JsonNode document) {
    this.document = (ObjectNode) document;
  }

  /** Everything wrong with {@code reply} as an answer of {@code method path}; empty when none. */
  List<String> violations(String method, String pathTemplate, Api.Reply reply) {
    List<String> problems = new ArrayList<>();
    String where = method + " " + pathTemplate + " -> " + reply.status();
    JsonNode operation = operation(method, pathTemplate);
    if (operation.isMissingNode()) {
      return List.of(where + ": the operation is not documented");
    }
    String status = Integer.toString(reply.status());
    JsonNode response = operation.path("responses").path(status);
    String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(Locale.ROOT);
    pointer += "/responses/" + status;
    if (response.isMissingNode()) {
      return List.of(where + ": the status is not documented");
    }
    if (response.has("$ref")) {
      pointer = response.get("$ref").asText().substring(1);
      response = document.at(pointer);
    }
    problems.addAll(headerViolations(where, response.path("headers"), reply));
    JsonNode content = response.path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return problems;
    }
    String mediaType = reply.contentType().split(";")[0].strip();
    if (!content.has(mediaType)) {
      problems.add(where + ": content type " + mediaType + " is not documented");
      return problems;
    }
    if (!mediaType.endsWith("json")) {
      return problems;
    }
    Schema schema =
        schemas.computeIfAbsent(
            pointer + "/content/" + escape(mediaType) + "/schema", this::schemaAt);
    for (Error error : schema.validate(reply.body())) {
      problems.add(where + ": " + error);
    }
    return problems;
  }

  /** Everything wrong with {@code body} as the JSON request body of {@code method path}. */
  List<String> requestViolations(String method, String pathTemplate, JsonNode body) {
    String pointer =
        "/paths/"
            + escape(pathTemplate)
            + "/"
            + method.toLowerCase(Locale.ROOT)
            + "/requestBody/content/application~1json/schema";
    List<String> problems = new ArrayList<>();
    for (Error error : schemas.computeIfAbsent(pointer, this::schemaAt).validate(body)) {
      problems.add(method + " " + pathTemplate + " body: " + error);
    }
    return problems;
  }

  /** Whether the operation documents an answer of {@code status}. */
  boolean documents(String method, String pathTemplate, int status) {
    return operation(method, pathTemplate).path("responses").has(Integer.toString(status));
  }

  /** Whether the operation documents a request body, i.e. reads one. */
  boolean readsABody(String method, String pathTemplate) {
    return operation(method, pathTemplate).has("requestBody");
  }

  /** Whether the operation carries {@code tag}. */
  boolean isTagged(String method, String pathTemplate, String tag) {
    for (JsonNode t : operation(method, pathTemplate).path("tags")) {
      if (t.asText().equals(tag)) {
        return true;
      }
    }
    return false;
  }

  private JsonNode operation(String method, String pathTemplate) {
    return document.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
  }

  private List<String> headerViolations(String where, JsonNode documented, Api.Reply reply) {
    List<String> problems = new ArrayList<>();
    documented
        .properties()
        .forEach(
            header -> {
              JsonNode spec = resolved(header.getValue());
              if (spec.path("required").asBoolean()
                  && reply.headers().firstValue(header.getKey()).isEmpty()) {
                problems.add(where + ": required header " + header.getKey() + " is missing");
              }
            });
    boolean success = reply.status() >= 200 && reply.status() < 300;
    for (String header : LIMIT_HEADERS) {
      if (success && reply.headers().firstValue(header).isPresent() && !documented.has(header)) {
        problems.add(where + ": header " + header + " is not documented");
      }
    }
    return problems;
  }

  private JsonNode resolved(JsonNode node) {
    return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
  }

  /** The schema at a JSON pointer of the document, its $refs resolved within the document. */
  private Schema schemaAt(String pointer) {
    ObjectNode root = document.deepCopy();
    root.put("$ref", "#" + pointer);
    return REGISTRY.getSchema(SchemaLocation.of(BASE), root);
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
