package org.aquastream.event.adapter.http.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads request bodies. A body must be declared JSON by its {@code Content-Type} ({@link
 * JsonMediaType}; else 415 {@code unsupported-media-type}); unreadable JSON is a {@code
 * malformed-request}; a field named twice, text PostgreSQL cannot store as it is (NUL, a lone
 * surrogate) or a value of the wrong type is a {@code validation-error} naming its field ({@code
 * location.coordinates.lat}, {@code tags[2]}).
 */
public final class JsonBody {
  static final String CONTENT_TYPE = "Content-Type";

  private JsonBody() {}

  /** The body, which must be present, as an instance of {@code type}. */
  public static <T> T read(Context ctx, Class<T> type) {
    return convert(object(ctx), type);
  }

  /** The body, which may be absent, as an instance of {@code type}. */
  public static <T> Optional<T> readOptional(Context ctx, Class<T> type) {
    return optionalObject(ctx).map(node -> convert(node, type));
  }

  /** The body, which must be present, as a JSON object (to tell absent fields from nulls). */
  public static ObjectNode object(Context ctx) {
    return optionalObject(ctx)
        .orElseThrow(() -> new MalformedRequestException("A JSON object body is required"));
  }

  public static <T> T convert(JsonNode node, Class<T> type) {
    try {
      return Json.MAPPER.treeToValue(node, type);
    } catch (JsonMappingException e) {
      String field = path(e);
      if (field.isEmpty()) {
        throw new MalformedRequestException("The body does not have the expected structure");
      }
      throw RequestValidationException.of(field, describe(field, e));
    } catch (JsonProcessingException e) {
      throw new MalformedRequestException("The body is not valid JSON");
    }
  }

  /** Refuses a request whose one {@code Content-Type} does not declare JSON (415). */
  private static void requireJson(Context ctx) {
    List<String> declared = Collections.list(ctx.req().getHeaders(CONTENT_TYPE));
    if (declared.size() != 1 || !JsonMediaType.accepts(declared.get(0))) {
      throw new ProblemException(Problem.unsupportedMediaType());
    }
  }

  /**
   * The body as an object, or empty when the request has none: no bytes but blanks and no media
   * type. A request that sends bytes or declares a media type must declare JSON.
   */
  private static Optional<ObjectNode> optionalObject(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (ctx.header(CONTENT_TYPE) != null || !isBlank(body)) {
      requireJson(ctx);
    }
    if (isBlank(body)) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(body);
    } catch (StreamReadException e) {
      throw duplicateField(e)
          .<RuntimeException>map(
              field -> RequestValidationException.of(field, field + " appears more than once"))
          .orElseGet(() -> new MalformedRequestException("The body is not valid JSON"));
    } catch (IOException e) {
      throw new MalformedRequestException("The body is not valid JSON");
    }
    if (!(node instanceof ObjectNode object)) {
      throw new MalformedRequestException("The body must be a JSON object");
    }
    requireStorable(object, "");
    return Optional.of(object);
  }

  /**
   * The path of the field the parser found twice ({@link Json} parses strictly), if that is why it
   * stopped. Jackson has no exception type of its own for it, only its message; the parser still
   * stands on the duplicate, so its context gives the path.
   */
  private static Optional<String> duplicateField(StreamReadException e) {
    String message = e.getOriginalMessage();
    if (!(e.getProcessor() instanceof JsonParser parser)
        || message == null
        || !message.startsWith("Duplicate field ")) {
      return Optional.empty();
    }
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext at = parser.getParsingContext();
        at != null && !at.inRoot();
        at = at.getParent()) {
      path.insert(0, at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName());
    }
    return Optional.of(path.charAt(0) == '.' ? path.substring(1) : path.toString());
  }

  /** Every name and string of the body must be storable as it came ({@link Text#unstorable}). */
  private static void requireStorable(JsonNode node, String path) {
    if (node.isTextual()) {
      Text.requireStorable(path, node.textValue());
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        requireStorable(node.get(i), path + "[" + i + "]");
      }
    }
    if (node.isObject()) {
      for (var field : node.properties()) {
        Text.unstorable(field.getKey())
            .ifPresent(
                reason -> {
                  throw RequestValidationException.of(
                      path.isEmpty() ? "body" : path, "field names " + reason);
                });
        requireStorable(
            field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
      }
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(String field, JsonMappingException e) {
    if (e.getCause() instanceof InputCoercionException) {
      return field + " is out of range";
    }
    Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    return field + " must be " + expected(target);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a valid value";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == UUID.class) {
      return "a UUID";
    }
    if (type == Instant.class) {
      return "an ISO-8601 timestamp with offset, e.g. 2026-01-15T10:23:45Z";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
