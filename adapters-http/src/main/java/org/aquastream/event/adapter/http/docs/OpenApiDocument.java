package org.aquastream.event.adapter.http.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The hand-written OpenAPI 3.1 description of the API. It lives in {@code openapi/} as YAML: the
 * root document (info, shared components) plus one part per area with that area's {@code paths} and
 * {@code components}; the parts are merged into the root. Adding an area = adding a part file and
 * its name to {@link #PARTS}. A test compares the merged {@code paths} with the routes the server
 * really registers.
 */
public final class OpenApiDocument {
  /** The parts merged into {@code openapi/openapi.yaml}, each {@code openapi/<name>.yaml}. */
  static final List<String> PARTS =
      List.of(
          "organizers",
          "events",
          "bookings",
          "waitlist",
          "favorites",
          "workspace",
          "organizer-bookings",
          "jobs",
          "integrations",
          "operations",
          "docs");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode document;
  private final byte[] json;

  private OpenApiDocument(ObjectNode document) {
    this.document = document;
    try {
      this.json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and merges the bundled document; fails fast on a missing or broken part. */
  public static OpenApiDocument load() {
    ObjectNode root = read("openapi.yaml");
    for (String part : PARTS) {
      merge(root, read(part + ".yaml"));
    }
    return new OpenApiDocument(root);
  }

  /** The merged document as a tree (a deep copy; the document itself never changes). */
  public ObjectNode tree() {
    return document.deepCopy();
  }

  /** The merged document as UTF-8 JSON, as served at GET /openapi.json. */
  byte[] json() {
    return json.clone();
  }

  private static void merge(ObjectNode root, ObjectNode part) {
    mergeSection(root, part, "paths");
    JsonNode components = part.path("components");
    components
        .fieldNames()
        .forEachRemaining(
            kind ->
                mergeSection(root.withObjectProperty("components"), (ObjectNode) components, kind));
  }

  /** Copies every entry of {@code part.<section>} into {@code root.<section>}; no overrides. */
  private static void mergeSection(ObjectNode root, ObjectNode part, String section) {
    JsonNode entries = part.path(section);
    ObjectNode target = root.withObjectProperty(section);
    for (Map.Entry<String, JsonNode> entry : entries.properties()) {
      if (target.has(entry.getKey())) {
        throw new IllegalStateException(
            "OpenAPI " + section + " entry " + entry.getKey() + " is declared twice");
      }
      target.set(entry.getKey(), entry.getValue());
    }
  }

  private static ObjectNode read(String name) {
    String resource = "openapi/" + name;
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing OpenAPI resource " + resource);
      }
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable OpenAPI resource " + resource, e);
    }
  }
}
