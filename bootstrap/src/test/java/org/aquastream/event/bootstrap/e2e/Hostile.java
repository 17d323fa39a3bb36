package org.aquastream.event.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One malformed or hostile request: any method, a path already percent-encoded, any headers (the
 * same name more than once too) and any bytes as body, sent as it is. {@code why} says what makes
 * it wrong, for the report of a failing try.
 */
record Hostile(
    String why, String method, String path, List<Map.Entry<String, String>> headers, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static Hostile of(String why, String method, String path, Caller caller, String json) {
    return new Hostile(why, method, path, identity(caller), bytes(json)).withJsonType(json);
  }

  static Hostile of(String why, String method, String path, Caller caller) {
    return new Hostile(why, method, path, identity(caller), null);
  }

  Hostile withHeader(String name, String value) {
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new Hostile(why, method, path, more, body);
  }

  /** The same request with {@code parameter} ({@code name=value}) added to its query. */
  Hostile withQuery(String parameter) {
    String joined = path + (path.contains("?") ? "&" : "?") + parameter;
    return new Hostile(why, method, joined, headers, body);
  }

  Hostile withBody(byte[] newBody) {
    return new Hostile(why, method, path, headers, newBody);
  }

  /** True when {@link java.net.http.HttpClient} is able to send it at all. */
  boolean sendable() {
    try {
      build(0);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The request sent last and its answer: what a "no answer" most likely owes to. */
  private static volatile String previous = "";

  Api.Reply send(int port) {
    String before = previous;
    previous = toString();
    try {
      HttpResponse<String> response =
          CLIENT.send(build(port), HttpResponse.BodyHandlers.ofString());
      previous = previous + " => " + response.statusCode() + " " + response.headers().map();
      return new Api.Reply(response.statusCode(), parse(response.body()), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(this + " got no answer; before it: " + before, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    return why + ": " + method + " " + abbreviated(path) + " " + headers + " " + abbreviated(text);
  }

  /** {@code text} as one path segment or query value. */
  static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code text} as a JSON string literal. */
  static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code name=value&...} with every value encoded. */
  static String query(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(p -> p.getKey() + "=" + encoded(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** A JSON object of already-encoded JSON values, in the order given. */
  static String object(Map<String, String> members) {
    StringBuilder json = new StringBuilder("{");
    members.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append(quoted(name)).append(':').append(value);
        });
    return json.append('}').toString();
  }

  /** The members of a valid event body as JSON text, with {@code title} and {@code city}. */
  static Map<String, String> eventMembers(String title, String city) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", quoted("DIVING"));
    body.put("title", quoted(title));
    body.put("description", quoted(city));
    body.put("dateStart", "\"2031-06-01T18:00:00Z\"");
    body.put("dateEnd", "\"2031-06-01T21:00:00Z\"");
    body.put("location", "{\"city\":" + quoted(city) + "}");
    body.put("price", "null");
    body.put("capacity", "12");
    body.put("tags", "[" + quoted(title) + "]");
    return body;
  }

  private HttpRequest build(int port) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(header -> request.header(header.getKey(), header.getValue()));
    return request.build();
  }

  private Hostile withJsonType(String json) {
    return json == null ? this : withHeader("Content-Type", "application/json");
  }

  private static List<Map.Entry<String, String>> identity(Caller caller) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    if (caller.id() != null) {
      headers.add(Map.entry("X-User-Id", caller.id().toString()));
    }
    if (caller.role() != null) {
      headers.add(Map.entry("X-User-Role", caller.role()));
    }
    return headers;
  }

  private static byte[] bytes(String text) {
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + ")";
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(body);
    }
  }
}
