package org.aquastream.event.adapter.http.common;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem before it is written: status, slug ({@code code}), title, detail, field
 * errors, extension members (e.g. {@code existingBookingId}) and extra response headers.
 */
public record Problem(
    int status,
    String code,
    String title,
    String detail,
    List<FieldError> errors,
    Map<String, Object> extensions,
    Map<String, String> headers) {
  public static final String TYPE_BASE = "https://aquastream.org/problems/";
  public static final String CONTENT_TYPE = "application/problem+json";

  public Problem {
    errors = List.copyOf(errors);
    extensions = Map.copyOf(extensions);
    headers = Map.copyOf(headers);
  }

  public static Problem of(int status, String code, String title, String detail) {
    return new Problem(status, code, title, detail, List.of(), Map.of(), Map.of());
  }

  public static Problem validation(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).message()
            : "The request has " + errors.size() + " invalid inputs";
    return new Problem(
        400, "validation-error", "Validation failed", detail, errors, Map.of(), Map.of());
  }

  /**
   * The body is refused unread, so the connection cannot carry another request: the answer closes
   * it and says so, or a client would send its next request into a connection about to go.
   */
  public static Problem payloadTooLarge(long maxBytes) {
    return of(
            413,
            "payload-too-large",
            "Payload too large",
            "The body must not exceed " + maxBytes + " bytes")
        .withHeader("Connection", "close");
  }

  /** The body is not declared JSON by its {@code Content-Type}, so it is not read. */
  public static Problem unsupportedMediaType() {
    return of(
        415,
        "unsupported-media-type",
        "Unsupported media type",
        "The body must be sent as Content-Type application/json (UTF-8) or application/*+json");
  }

  public Problem withExtension(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(name, value);
    return new Problem(status, code, title, detail, errors, more, headers);
  }

  public Problem withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Problem(status, code, title, detail, errors, extensions, more);
  }

  /** The JSON members in contract order, extensions last. */
  public Map<String, Object> body(String instance, String traceId, Instant timestamp) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + code);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", instance);
    body.put("code", code);
    body.put("traceId", traceId);
    body.put("timestamp", timestamp);
    body.put("errors", errors);
    extensions.forEach(body::putIfAbsent);
    return body;
  }
}
