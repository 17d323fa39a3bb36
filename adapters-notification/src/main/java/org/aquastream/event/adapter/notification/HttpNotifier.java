package org.aquastream.event.adapter.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.aquastream.event.adapter.peer.PeerCall;
import org.aquastream.event.adapter.peer.PeerRequests;
import org.aquastream.event.application.port.out.operations.Notifier;
import org.aquastream.event.application.port.out.outbox.Notification;

/**
 * The Notification Service over HTTP: {@code POST /api/v1/notifications} with the user, both
 * channels (e-mail and Telegram), the template and its data, and the notification's {@code
 * Idempotency-Key}, through the service's circuit breaker and call timeout.
 */
public final class HttpNotifier implements Notifier {
  /** The dependency's name in failures, metrics and health. */
  public static final String PEER = "notificationService";

  static final List<String> CHANNELS = List.of("EMAIL", "TELEGRAM");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpUrl url;
  private final PeerCall call;

  /**
   * @param baseUrl where the service listens, e.g. {@code http://backend-notification:8105}
   * @param client the client to call it with; its call timeout bounds every call
   * @param openWait how long {@code breaker} stays open once tripped
   */
  public HttpNotifier(URI baseUrl, OkHttpClient client, CircuitBreaker breaker, Duration openWait) {
    this.url =
        HttpUrl.get(baseUrl.toString())
            .newBuilder()
            .addPathSegments("api/v1/notifications")
            .build();
    this.call = new PeerCall(PEER, client, breaker, openWait);
  }

  @Override
  public void send(Notification notification) {
    Body body =
        new Body(
            notification.userId().value().toString(),
            CHANNELS,
            notification.template().wireName(),
            // Sorted, so that a resend is the same request byte for byte.
            new TreeMap<>(notification.data()));
    String json;
    try {
      json = MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write notification", e);
    }
    call.execute(PeerRequests.jsonPost(url, json, notification.idempotencyKey()), response -> null);
  }

  @Override
  public boolean acceptsCalls() {
    return call.acceptsCalls();
  }

  /** The contract's body: {@code {userId, channels, template, data}}. */
  private record Body(
      String userId, List<String> channels, String template, Map<String, String> data) {}
}
