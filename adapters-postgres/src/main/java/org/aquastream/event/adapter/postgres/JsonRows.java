package org.aquastream.event.adapter.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.outbox.OutboxPayload;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * Many rows as one JSON document, the parameter of a set statement that reads them with {@code
 * jsonb_to_recordset}: one round trip and one statement for a whole batch, whatever its size. Each
 * row's keys are the column names the statement declares.
 */
final class JsonRows {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonRows() {}

  /** {@code items} as a JSON array of the rows {@code row} makes of them. */
  static <T> String of(List<T> items, Function<T, ObjectNode> row) {
    ArrayNode rows = JSON.arrayNode();
    items.forEach(item -> rows.add(row.apply(item)));
    try {
      return MAPPER.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write rows: " + e.getOriginalMessage(), e);
    }
  }

  /** Every column of {@code event.bookings} but {@code idempotency_key}. */
  static ObjectNode booking(Booking booking) {
    ObjectNode row = JSON.objectNode();
    row.put("id", booking.id().value().toString());
    row.put("event_id", booking.eventId().value().toString());
    row.put("user_id", booking.userId().value().toString());
    row.put("seats", booking.seats());
    row.put("status", booking.status().name());
    row.put("amount", booking.amount().amount());
    row.put("currency", booking.amount().currency());
    row.put("payment_status", booking.paymentStatus().name());
    row.put("payment_id", booking.paymentId().map(UUID::toString).orElse(null));
    row.put("payment_url", booking.paymentUrl().orElse(null));
    row.put("expires_at", booking.expiresAt().map(Instant::toString).orElse(null));
    row.put("cancel_reason", booking.cancelReason().orElse(null));
    row.put("created_by", booking.createdBy().value().toString());
    row.put("created_at", booking.createdAt().toString());
    row.put("updated_at", booking.updatedAt().toString());
    return row;
  }

  /** A row of {@code event.booking_logs}, its columns named {@code log_*}. */
  static ObjectNode logEntry(BookingLogEntry entry) {
    ObjectNode row = JSON.objectNode();
    row.put("log_booking_id", entry.bookingId().value().toString());
    // No actor means the system did it (a job or a payment callback).
    row.put("log_actor", entry.actor().map(UserId::value).map(UUID::toString).orElse(null));
    row.put("log_action", entry.action().name());
    row.put("log_old_status", entry.oldStatus().map(BookingStatus::name).orElse(null));
    row.put("log_new_status", entry.newStatus().name());
    row.set("log_details", textMap(entry.details()));
    row.put("log_at", entry.at().toString());
    return row;
  }

  /** The changing columns of a row of {@code event.waitlist}. */
  static ObjectNode waitlistEntry(WaitlistEntry entry) {
    ObjectNode row = JSON.objectNode();
    row.put("id", entry.id().value().toString());
    row.put("status", entry.status().name());
    row.put("notified_at", entry.notifiedAt().map(Instant::toString).orElse(null));
    row.put("expires_at", entry.notificationExpiresAt().map(Instant::toString).orElse(null));
    row.put("updated_at", entry.updatedAt().toString());
    return row;
  }

  /** A row of {@code event.waitlist_audit}. */
  static ObjectNode waitlistAudit(WaitlistAuditEntry entry) {
    ObjectNode row = JSON.objectNode();
    row.put("event_id", entry.eventId().value().toString());
    row.put("user_id", entry.userId().value().toString());
    row.put("action", entry.action().name());
    row.put("priority", entry.priority());
    row.set("details", textMap(entry.details()));
    row.put("created_at", entry.at().toString());
    return row;
  }

  /** A map of texts as a JSON object (built directly: the hot path writes one per booking). */
  static ObjectNode textMap(Map<String, String> values) {
    ObjectNode node = JSON.objectNode();
    values.forEach(node::put);
    return node;
  }

  /** A row of {@code event.outbox}, due at {@code due}. */
  static ObjectNode outboxMessage(OutboxPayload payload, Instant due) {
    ObjectNode row = JSON.objectNode();
    row.put("id", UUID.randomUUID().toString());
    row.put("kind", OutboxKind.of(payload).name());
    row.set("payload", OutboxPayloads.tree(payload));
    row.put("key", payload.idempotencyKey());
    row.put("due", due.toString());
    return row;
  }
}
