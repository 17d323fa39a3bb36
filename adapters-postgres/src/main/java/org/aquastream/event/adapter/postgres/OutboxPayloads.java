package org.aquastream.event.adapter.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.outbox.OutboxPayload;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;

/**
 * The {@code payload} column of {@code event.outbox}: one JSON shape per kind, readable by an
 * operator ({@code SELECT payload FROM event.outbox}) and read back into the message it was.
 */
final class OutboxPayloads {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private OutboxPayloads() {}

  static String write(OutboxPayload payload) {
    try {
      return MAPPER.writeValueAsString(json(payload));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write outbox payload: " + e.getOriginalMessage(), e);
    }
  }

  /** The payload as a JSON tree, for a statement that writes many messages from one document. */
  static JsonNode tree(OutboxPayload payload) {
    if (payload instanceof Notification n) {
      // The common case, built directly: every booking writes one.
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("userId", n.userId().value().toString());
      node.put("template", n.template().wireName());
      node.set("data", JsonRows.textMap(n.data()));
      return node;
    }
    return MAPPER.valueToTree(json(payload));
  }

  private static Object json(OutboxPayload payload) {
    return switch (payload) {
      case Notification n ->
          new NotificationJson(n.userId().value().toString(), n.template().wireName(), n.data());
      case Refund r ->
          new RefundJson(
              r.paymentId().toString(),
              r.bookingId().toString(),
              r.amount().amount(),
              r.amount().currency(),
              r.reason());
      case PaymentRequest p ->
          new PaymentJson(
              p.bookingId().toString(),
              p.userId().value().toString(),
              p.amount().amount(),
              p.amount().currency(),
              p.description());
    };
  }

  /** {@code key} is the row's idempotency key, which a notification carries too. */
  static OutboxPayload read(OutboxKind kind, String json, String key) {
    try {
      return switch (kind) {
        case NOTIFICATION -> {
          NotificationJson n = MAPPER.readValue(json, NotificationJson.class);
          yield new Notification(
              new UserId(UUID.fromString(n.userId())), template(n.template()), n.data(), key);
        }
        case REFUND -> {
          RefundJson r = MAPPER.readValue(json, RefundJson.class);
          yield new Refund(
              UUID.fromString(r.paymentId()),
              new BookingId(UUID.fromString(r.bookingId())),
              new Money(r.amount(), r.currency()),
              r.reason(),
              key);
        }
        case PAYMENT_INIT -> {
          PaymentJson p = MAPPER.readValue(json, PaymentJson.class);
          yield new PaymentRequest(
              new BookingId(UUID.fromString(p.bookingId())),
              new UserId(UUID.fromString(p.userId())),
              new Money(p.amount(), p.currency()),
              p.description());
        }
      };
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable outbox payload: " + e.getOriginalMessage(), e);
    }
  }

  private static NotificationTemplate template(String wireName) {
    return Arrays.stream(NotificationTemplate.values())
        .filter(t -> t.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown template " + wireName));
  }

  private record NotificationJson(String userId, String template, Map<String, String> data) {}

  private record RefundJson(
      String paymentId, String bookingId, BigDecimal amount, String currency, String reason) {}

  private record PaymentJson(
      String bookingId, String userId, BigDecimal amount, String currency, String description) {}
}
