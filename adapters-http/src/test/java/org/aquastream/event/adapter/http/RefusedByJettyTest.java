package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests the server refuses before any route runs (Jetty's own checks of the URI, the request
 * line and the headers) still get an {@code application/problem+json} answer, never an HTML page.
 * Sent over a plain socket: an HTTP client library would refuse to send most of them.
 */
class RefusedByJettyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestApi api;

  @BeforeAll
  static void start() {
    api = new TestApi();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Stream<Arguments> refusedRequests() {
    return Stream.of(
        Arguments.of("dot segments above the root", "GET /docs/../../etc/passwd", "", 400),
        Arguments.of("encoded dot segments", "GET /%2e%2e/%2e%2e/etc/passwd", "", 400),
        Arguments.of("an encoded NUL", "GET /api/v1/events/%00", "", 400),
        Arguments.of("an ambiguous segment in a PUT", "PUT /api/v1/bookings/..;/cancel", "", 400),
        Arguments.of("an ambiguous segment in a DELETE", "DELETE /api/v1/events/%2e%2e;", "", 400),
        Arguments.of("a broken percent escape", "GET /api/v1/events/%ZZ", "", 400),
        Arguments.of("overlong UTF-8", "GET /api/v1/events/%C0%AE%C0%AE/", "", 400),
        Arguments.of("a 20 KB URI", "GET /api/v1/events?search=" + "a".repeat(20_000), "", 414),
        Arguments.of(
            "20 KB of headers", "GET /api/v1/events", "X-Padding: " + "a".repeat(20_000), 431));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedRequests")
  void aRequestJettyRefusesIsAnsweredWithAProblem(
      String name, String requestLine, String header, int status) throws IOException {
    Raw reply = send(requestLine, header);

    assertThat(reply.status()).as(reply.head()).isEqualTo(status);
    assertThat(reply.header("content-type")).isEqualTo("application/problem+json");
    JsonNode body = JSON.readTree(reply.body());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("code").asText()).isNotBlank();
    assertThat(body.path("type").asText()).startsWith("https://aquastream.org/problems/");
    assertThat(body.path("traceId").asText()).hasSize(32);
  }

  private static Raw send(String requestLine, String header) throws IOException {
    try (Socket socket = new Socket("localhost", api.port())) {
      socket.setSoTimeout(10_000);
      String request =
          requestLine
              + " HTTP/1.1\r\nHost: localhost\r\n"
              + (header.isEmpty() ? "" : header + "\r\n")
              + "Connection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return Raw.parse(readAll(socket.getInputStream()));
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Status line, headers and body of a raw HTTP/1.1 answer. */
  private record Raw(String head, String body) {
    static Raw parse(String text) {
      int end = text.indexOf("\r\n\r\n");
      return end < 0 ? new Raw(text, "") : new Raw(text.substring(0, end), text.substring(end + 4));
    }

    int status() {
      return Integer.parseInt(head.split(" ", 3)[1]);
    }

    String header(String name) {
      return head.lines()
          .filter(line -> line.toLowerCase().startsWith(name + ":"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("");
    }
  }
}
