package org.aquastream.event.adapter.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads request bodies: unreadable JSON is a {@code malformed-request}, a value of the wrong type a
 * {@code validation-error} naming its field ({@code location.coordinates.lat}, {@code tags[2]}).
 */
public final class JsonBody {
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

  private static Optional<ObjectNode> optionalObject(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (isBlank(body)) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new MalformedRequestException("The body is not valid JSON");
    }
    if (!(node instanceof ObjectNode object)) {
      throw new MalformedRequestException("The body must be a JSON object");
    }
    rejectNul(object, "");
    return Optional.of(object);
  }

  /** PostgreSQL text cannot hold a NUL character: refuse it in any name or string of the body. */
  private static void rejectNul(JsonNode node, String path) {
    if (node.isTextual() && Text.hasNul(node.textValue())) {
      throw RequestValidationException.of(path, path + " must not contain the NUL character");
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rejectNul(node.get(i), path + "[" + i + "]");
      }
    }
    if (node.isObject()) {
      for (var field : node.properties()) {
        String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (Text.hasNul(field.getKey())) {
          throw RequestValidationException.of(
              path.isEmpty() ? "body" : path, "field names must not contain the NUL character");
        }
        rejectNul(field.getValue(), name);
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
