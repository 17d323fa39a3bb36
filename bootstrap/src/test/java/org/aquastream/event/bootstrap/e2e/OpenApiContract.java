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
 * documented for the operation, the content type must be the documented one, and the body must
 * validate against the documented JSON Schema (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
final class OpenApiContract {
  private static final String BASE = "https://aquastream.test/openapi.json";
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
    JsonNode operation =
        document.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
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
