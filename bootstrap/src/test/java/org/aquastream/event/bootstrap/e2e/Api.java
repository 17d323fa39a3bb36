package org.aquastream.event.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A client of the running service's real HTTP port. */
final class Api {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final int port;
  // One client per server: a shared pool could hand a later server (on a reused free port) a
  // keep-alive connection of an earlier, stopped one, answered with no bytes.
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Api(int port) {
    this.port = port;
  }

  Request as(Caller caller) {
    return new Request(caller);
  }

  /** One request in the making. */
  final class Request {
    private final Caller caller;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Request(Caller caller) {
      this.caller = caller;
    }

    Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Reply get(String path) {
      return send("GET", path, null);
    }

    Reply post(String path, Object body) {
      return send("POST", path, body);
    }

    Reply put(String path, Object body) {
      return send("PUT", path, body);
    }

    Reply send(String method, String path, Object body) {
      String text;
      try {
        text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .timeout(Duration.ofSeconds(30))
              .method(method, HttpRequest.BodyPublishers.ofString(text));
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      if (caller.id() != null) {
        request.header("X-User-Id", caller.id().toString());
      }
      if (caller.role() != null) {
        request.header("X-User-Role", caller.role());
      }
      headers.forEach(request::header);
      try {
        HttpResponse<String> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), parse(response.body()), response.headers());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return JSON.nullNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(body);
    }
  }

  /** Status, JSON body and headers of an answer. */
  record Reply(int status, JsonNode body, HttpHeaders headers) {
    String text(String field) {
      return body.path(field).asText();
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }
  }
}
