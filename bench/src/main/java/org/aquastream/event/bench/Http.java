package org.aquastream.event.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;

/** The driver's HTTP/1.1 client: keep-alive connections, a virtual thread per request. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ADMIN = "00000000-0000-0000-0000-00000000000a";

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newVirtualThreadPerTaskExecutor())
          .build();

  /**
   * A GET with {@code headers} (name, value, name, value, ...), if any, whose body is dropped
   * unread; returns the status.
   */
  int get(URI base, String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder get = request(base, path).GET();
    if (headers.length > 0) {
      get.headers(headers);
    }
    return client.send(get.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** The ETag of {@code path}'s answer to an anonymous GET. */
  String etag(URI base, String path) throws IOException, InterruptedException {
    HttpResponse<Void> answer =
        client.send(request(base, path).GET().build(), HttpResponse.BodyHandlers.discarding());
    return answer
        .headers()
        .firstValue("ETag")
        .orElseThrow(() -> new IllegalStateException(path + " answered without an ETag"));
  }

  JsonNode getJson(URI base, String path) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        client.send(request(base, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    expect(answer, 200);
    return JSON.readTree(answer.body());
  }

  /** {@code /actuator/health} with an ADMIN's details, whatever its status. */
  JsonNode health(URI base) throws IOException, InterruptedException {
    HttpRequest health =
        request(base, "/actuator/health").header("X-User-Role", "ADMIN").GET().build();
    return JSON.readTree(client.send(health, HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Books {@code event} as a new user; returns the status. */
  int book(URI base, String event) throws IOException, InterruptedException {
    HttpRequest booking =
        request(base, "/api/v1/bookings")
            .header("X-User-Id", UUID.randomUUID().toString())
            .header("X-User-Role", "USER")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"eventId\":\"" + event + "\"}"))
            .build();
    return client.send(booking, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** POSTs {@code json} as {@code user} with {@code role}, expecting {@code status}. */
  JsonNode post(URI base, String path, String user, String role, String json, int status)
      throws IOException, InterruptedException {
    HttpRequest post =
        request(base, path)
            .timeout(Duration.ofMinutes(30))
            .header("X-User-Id", user)
            .header("X-User-Role", role)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> answer = client.send(post, HttpResponse.BodyHandlers.ofString());
    expect(answer, status);
    return answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
  }

  private static HttpRequest.Builder request(URI base, String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
  }

  private static void expect(HttpResponse<String> answer, int status) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(
          answer.request().method()
              + " "
              + answer.uri()
              + " answered "
              + answer.statusCode()
              + ": "
              + answer.body());
    }
  }
}
