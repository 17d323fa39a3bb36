package org.aquastream.event.bootstrap.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The Payment, Notification and User services as one real HTTP server on 127.0.0.1: it answers
 * their routes as the contract says, records every request it accepted, and can be taken down (503
 * for everything, health included) and brought back.
 */
final class PeerStub extends Dispatcher implements AutoCloseable {
  /** A request the stub answered 2xx. */
  record Accepted(String method, String path, String idempotencyKey, String body) {}

  private final MockWebServer server = new MockWebServer();
  private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
  private final Set<String> unreachableUsers = ConcurrentHashMap.newKeySet();
  private volatile boolean down;
  private volatile java.time.Duration delay = java.time.Duration.ZERO;

  PeerStub() {
    server.setDispatcher(this);
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The base URL to configure a peer with. */
  String url() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  void goDown() {
    down = true;
  }

  void comeBack() {
    down = false;
  }

  /** Every answer's headers come only after {@code wait}: a peer too slow for its timeout. */
  void answerAfter(java.time.Duration wait) {
    delay = wait;
  }

  /** The user's profile has neither a phone nor a Telegram account. */
  void withoutContacts(UUID user) {
    unreachableUsers.add(user.toString());
  }

  List<Accepted> accepted() {
    return List.copyOf(accepted);
  }

  List<Accepted> accepted(String pathPrefix) {
    return accepted.stream().filter(a -> a.path().startsWith(pathPrefix)).toList();
  }

  /** Every request that reached the server, answered or not. */
  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (down) {
      return new MockResponse.Builder().code(503).build();
    }
    String path = request.getUrl().encodedPath();
    String method = request.getMethod();
    if (method.equals("GET") && path.equals("/actuator/health")) {
      return json(200, "{\"status\":\"UP\"}");
    }
    MockResponse answer = answer(method, path);
    if (!delay.isZero()) {
      answer =
          new MockResponse.Builder(answer)
              .headersDelay(delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
              .build();
    }
    if (answer.getCode() < 300) {
      String body = request.getBody() == null ? "" : request.getBody().utf8();
      accepted.add(new Accepted(method, path, request.getHeaders().get("Idempotency-Key"), body));
    }
    return answer;
  }

  private MockResponse answer(String method, String path) {
    String[] parts = path.split("/");
    if (method.equals("POST") && path.matches("/api/v1/payments/[^/]+/init")) {
      // One payment per booking, as the real service keys it by the Idempotency-Key.
      UUID payment =
          UUID.nameUUIDFromBytes(parts[4].getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return json(
          201,
          "{\"paymentId\":\""
              + payment
              + "\",\"paymentUrl\":\"https://pay.test/"
              + payment
              + "\",\"status\":\"PENDING\"}");
    }
    if (method.equals("POST") && path.matches("/api/v1/payments/[^/]+/refund")) {
      return json(202, "{\"status\":\"REFUND_PENDING\"}");
    }
    if (method.equals("POST") && path.equals("/api/v1/notifications")) {
      return json(202, "{\"status\":\"QUEUED\"}");
    }
    if (method.equals("GET") && path.matches("/api/v1/users/[^/]+/profile")) {
      return unreachableUsers.contains(parts[4])
          ? json(200, "{\"phone\":null,\"telegram\":null}")
          : json(200, "{\"phone\":\"+79990001122\",\"telegram\":\"@diver\"}");
    }
    return new MockResponse.Builder().code(404).build();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Override
  public void close() {
    server.close();
  }
}
