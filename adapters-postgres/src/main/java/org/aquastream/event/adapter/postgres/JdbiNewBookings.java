package org.aquastream.event.adapter.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.outbox.OutboxEntry;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;

/**
 * Writes a batch of new bookings in one statement: the bookings (the partial unique index keeps one
 * active per user and event), then for those written their idempotency claims, audit rows and
 * outbox messages, all from two JSON parameters (docs/adr/0024). The event row is not touched.
 */
final class JdbiNewBookings implements NewBookings {
  private static final String TARGET =
      "SELECT "
          + EventRowMapper.COLUMNS
          + """
          ,
                 EXISTS (SELECT 1 FROM event.waitlist w
                          WHERE w.event_id = e.id AND w.user_id = :userId
                            AND w.status IN ('WAITING', 'NOTIFIED')) AS queued
            FROM event.events e
           WHERE e.id = :eventId
          """;
  private static final EventRowMapper EVENTS = new EventRowMapper();

  // The conflict target names ux_bookings_one_active_per_user_event. A concurrent uncommitted
  // booking of the same user, or claim of the same key, makes the statement wait for it to end.
  private static final String INSERT_ALL =
      """
      WITH input AS (
        SELECT * FROM jsonb_to_recordset(CAST(:bookings AS jsonb)) AS r(
               id uuid, event_id uuid, user_id uuid, status text, amount numeric(10,2),
               currency text, payment_status text, payment_id uuid, payment_url text,
               expires_at timestamptz, cancel_reason text, created_by uuid,
               created_at timestamptz, updated_at timestamptz,
               log_actor uuid, log_action text, log_status text, log_details jsonb,
               log_at timestamptz, key text, fingerprint text)
      ),
      inserted AS (
        INSERT INTO event.bookings (id, event_id, user_id, status, amount, currency,
               payment_status, payment_id, payment_url, expires_at, cancel_reason, created_by,
               created_at, updated_at)
        SELECT id, event_id, user_id, status, amount, currency, payment_status, payment_id,
               payment_url, expires_at, cancel_reason, created_by, created_at, updated_at
          FROM input
        ON CONFLICT (event_id, user_id) WHERE status IN ('PENDING', 'CONFIRMED') DO NOTHING
        RETURNING id
      ),
      claimed AS (
        INSERT INTO event.idempotency_keys (user_id, key, fingerprint, booking_id, created_at)
        SELECT i.user_id, i.key, i.fingerprint, i.id, i.created_at
          FROM input i JOIN inserted USING (id)
         WHERE i.key IS NOT NULL
        ON CONFLICT (user_id, key) DO NOTHING
        RETURNING booking_id
      ),
      logged AS (
        INSERT INTO event.booking_logs (booking_id, user_id, action, old_status, new_status,
               details, created_at)
        SELECT i.id, i.log_actor, i.log_action, NULL, i.log_status, i.log_details, i.log_at
          FROM input i JOIN inserted USING (id)
      ),
      queued AS (
        INSERT INTO event.outbox (id, kind, payload, idempotency_key, next_attempt_at,
               created_at)
        SELECT m.id, m.kind, m.payload, m.key, m.due, CAST(:now AS timestamptz)
          FROM jsonb_to_recordset(CAST(:messages AS jsonb)) AS m(
               id uuid, booking_id uuid, kind text, payload jsonb, key text, due timestamptz)
          JOIN inserted i ON i.id = m.booking_id
        ON CONFLICT (idempotency_key) DO NOTHING
      )
      SELECT i.id
        FROM inserted i JOIN input r USING (id)
       WHERE r.key IS NULL OR i.id IN (SELECT booking_id FROM claimed)
      """;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Database database;
  private final Clock clock;

  JdbiNewBookings(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public Optional<Target> target(EventId event, UserId user) {
    return database.find(
        TARGET,
        query ->
            query
                .bind("eventId", event)
                .bind("userId", user)
                .map((rs, ctx) -> new Target(EVENTS.map(rs, ctx), rs.getBoolean("queued"))));
  }

  @Override
  public Set<BookingId> insertAll(List<NewBooking> bookings) {
    if (bookings.isEmpty()) {
      return Set.of();
    }
    ArrayNode rows = JSON.arrayNode();
    ArrayNode messages = JSON.arrayNode();
    for (NewBooking fresh : bookings) {
      rows.add(row(fresh));
      for (OutboxEntry entry : fresh.followUps()) {
        messages.add(message(fresh.booking().id(), entry));
      }
    }
    return Set.copyOf(
        database.list(
            INSERT_ALL,
            query ->
                query
                    .bind("bookings", write(rows))
                    .bind("messages", write(messages))
                    .bind("now", clock.now())
                    .mapTo(BookingId.class)));
  }

  private static ObjectNode row(NewBooking fresh) {
    Booking booking = fresh.booking();
    BookingLogEntry created = fresh.created();
    ObjectNode row = JSON.objectNode();
    row.put("id", booking.id().value().toString());
    row.put("event_id", booking.eventId().value().toString());
    row.put("user_id", booking.userId().value().toString());
    row.put("status", booking.status().name());
    row.put("amount", booking.amount().amount());
    row.put("currency", booking.amount().currency());
    row.put("payment_status", booking.paymentStatus().name());
    row.put("payment_id", booking.paymentId().map(UUID::toString).orElse(null));
    row.put("payment_url", booking.paymentUrl().orElse(null));
    row.put("expires_at", booking.expiresAt().map(Object::toString).orElse(null));
    row.put("cancel_reason", booking.cancelReason().orElse(null));
    row.put("created_by", booking.createdBy().value().toString());
    row.put("created_at", booking.createdAt().toString());
    row.put("updated_at", booking.updatedAt().toString());
    // No actor means the system did it (a job or a payment callback).
    row.put("log_actor", created.actor().map(user -> user.value().toString()).orElse(null));
    row.put("log_action", created.action().name());
    row.put("log_status", created.newStatus().name());
    row.set("log_details", MAPPER.valueToTree(created.details()));
    row.put("log_at", created.at().toString());
    if (created.oldStatus().map(BookingStatus::name).isPresent()) {
      throw new IllegalArgumentException("a new booking's audit row has no old status");
    }
    fresh
        .keyClaim()
        .ifPresent(
            claim -> {
              row.put("key", claim.key());
              row.put("fingerprint", claim.fingerprint());
            });
    return row;
  }

  private static ObjectNode message(BookingId booking, OutboxEntry entry) {
    ObjectNode message = JSON.objectNode();
    message.put("id", UUID.randomUUID().toString());
    message.put("booking_id", booking.value().toString());
    message.put("kind", OutboxKind.of(entry.payload()).name());
    message.set("payload", OutboxPayloads.tree(entry.payload()));
    message.put("key", entry.payload().idempotencyKey());
    message.put("due", entry.dueAt().toString());
    return message;
  }

  private static String write(ArrayNode json) {
    try {
      return MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write new bookings: " + e.getOriginalMessage(), e);
    }
  }
}
