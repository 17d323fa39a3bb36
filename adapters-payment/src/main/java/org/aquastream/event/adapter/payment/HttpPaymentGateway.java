package org.aquastream.event.adapter.payment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.aquastream.event.adapter.peer.PeerCall;
import org.aquastream.event.adapter.peer.PeerRequests;
import org.aquastream.event.application.port.out.booking.PaymentGateway;
import org.aquastream.event.application.port.out.booking.PaymentSession;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;

/**
 * The Payment Service over HTTP: {@code POST /api/v1/payments/{bookingId}/init} and {@code POST
 * /api/v1/payments/{paymentId}/refund}, each with its {@code Idempotency-Key}, through the
 * service's circuit breaker and call timeout.
 */
public final class HttpPaymentGateway implements PaymentGateway {
  /** The dependency's name in failures, metrics and health. */
  public static final String PEER = "paymentService";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpUrl base;
  private final PeerCall call;

  /**
   * @param baseUrl where the service listens, e.g. {@code http://backend-payment:8104}
   * @param client the client to call it with; its call timeout bounds every call
   * @param openWait how long {@code breaker} stays open once tripped
   */
  public HttpPaymentGateway(
      URI baseUrl, OkHttpClient client, CircuitBreaker breaker, Duration openWait) {
    this.base = HttpUrl.get(baseUrl.toString());
    this.call = new PeerCall(PEER, client, breaker, openWait);
  }

  @Override
  public PaymentSession startPayment(PaymentRequest request) {
    InitBody body =
        new InitBody(
            request.userId().value().toString(),
            request.amount().amount(),
            request.amount().currency(),
            request.description(),
            request.bookingId().toString());
    Request http =
        post(
            url("api", "v1", "payments", request.bookingId().toString(), "init"),
            body,
            request.idempotencyKey());
    return call.execute(
        http,
        response -> {
          InitAnswer answer = MAPPER.readValue(response.body().string(), InitAnswer.class);
          if (answer.paymentId() == null) {
            throw new IOException("answer without paymentId");
          }
          return new PaymentSession(
              answer.paymentId(),
              Optional.ofNullable(answer.paymentUrl()).filter(url -> !url.isBlank()),
              answer.status() == null ? "PENDING" : answer.status());
        });
  }

  @Override
  public void refund(Refund refund) {
    RefundBody body =
        new RefundBody(
            refund.bookingId().toString(),
            refund.amount().amount(),
            refund.amount().currency(),
            refund.reason());
    Request http =
        post(
            url("api", "v1", "payments", refund.paymentId().toString(), "refund"),
            body,
            refund.idempotencyKey());
    call.execute(http, response -> null);
  }

  @Override
  public boolean acceptsCalls() {
    return call.acceptsCalls();
  }

  private HttpUrl url(String... segments) {
    HttpUrl.Builder url = base.newBuilder();
    for (String segment : segments) {
      url.addPathSegment(segment);
    }
    return url.build();
  }

  private static Request post(HttpUrl url, Object body, String idempotencyKey) {
    String json;
    try {
      json = MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write request body", e);
    }
    return PeerRequests.jsonPost(url, json, idempotencyKey);
  }

  /** The body of an init call, in the contract's field order. */
  private record InitBody(
      String userId, BigDecimal amount, String currency, String description, String bookingId) {}

  private record RefundBody(String bookingId, BigDecimal amount, String currency, String reason) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record InitAnswer(UUID paymentId, String paymentUrl, String status) {}
}
