package org.aquastream.event.adapter.postgres;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.outbox.OutboxEntry;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/**
 * Writes a batch of new bookings in one statement: the bookings of users not waiting in the event's
 * queue (the partial unique index keeps one active per user and event), then for those written
 * their idempotency claims, audit rows and outbox messages, all from two JSON parameters
 * (docs/adr/0026). The event row is not touched.
 */
final class JdbiNewBookings implements NewBookings {
  private static final String EVENT =
      "SELECT " + EventRowMapper.COLUMNS + " FROM event.events e WHERE e.id = :id";

  // The conflict target names ux_bookings_one_active_per_user_event. A concurrent uncommitted
  // booking of the same user, or claim of the same key, makes the statement wait for it to end.
  private static final String INSERT_ALL =
      """
      WITH input AS (
        SELECT * FROM jsonb_to_recordset(CAST(:bookings AS jsonb)) AS r(
               id uuid, event_id uuid, user_id uuid, seats integer, status text,
               amount numeric(10,2),
               currency text, payment_status text, payment_id uuid, payment_url text,
               expires_at timestamptz, cancel_reason text, created_by uuid,
               created_at timestamptz, updated_at timestamptz,
               log_actor uuid, log_action text, log_new_status text, log_details jsonb,
               log_at timestamptz, key text, fingerprint text)
      ),
      inserted AS (
        INSERT INTO event.bookings (id, event_id, user_id, seats, status, amount, currency,
               payment_status, payment_id, payment_url, expires_at, cancel_reason, created_by,
               created_at, updated_at)
        SELECT id, event_id, user_id, seats, status, amount, currency, payment_status,
               payment_id, payment_url, expires_at, cancel_reason, created_by, created_at,
               updated_at
          FROM input i
         WHERE NOT EXISTS (SELECT 1 FROM event.waitlist w
                            WHERE w.event_id = i.event_id AND w.user_id = i.user_id
                              AND w.status IN ('WAITING', 'NOTIFIED'))
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
        SELECT i.id, i.log_actor, i.log_action, NULL, i.log_new_status, i.log_details, i.log_at
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

  private final Database database;
  private final Clock clock;
  private final BookableEvents events = BookableEvents.standard();

  JdbiNewBookings(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public Optional<Event> event(EventId event) {
    return events.find(
        event, id -> database.find(EVENT, query -> query.bind("id", id).mapTo(Event.class)));
  }

  @Override
  public Set<BookingId> insertAll(List<NewBooking> bookings) {
    if (bookings.isEmpty()) {
      return Set.of();
    }
    List<Message> messages = new ArrayList<>();
    for (NewBooking fresh : bookings) {
      fresh.followUps().forEach(entry -> messages.add(new Message(fresh.booking().id(), entry)));
    }
    return Set.copyOf(
        database.list(
            INSERT_ALL,
            query ->
                query
                    .bind("bookings", JsonRows.of(bookings, JdbiNewBookings::row))
                    .bind("messages", JsonRows.of(messages, Message::row))
                    .bind("now", clock.now())
                    .mapTo(BookingId.class)));
  }

  /** A booking with its audit row and its key claim, as one row of the statement's input. */
  private static ObjectNode row(NewBooking fresh) {
    if (fresh.created().oldStatus().isPresent()) {
      throw new IllegalArgumentException("a new booking's audit row has no old status");
    }
    ObjectNode row = JsonRows.booking(fresh.booking());
    row.setAll(JsonRows.logEntry(fresh.created()));
    fresh
        .keyClaim()
        .ifPresent(
            claim -> {
              row.put("key", claim.key());
              row.put("fingerprint", claim.fingerprint());
            });
    return row;
  }

  /** An outbox message a new booking owes. */
  private record Message(BookingId booking, OutboxEntry entry) {
    ObjectNode row() {
      ObjectNode row = JsonRows.outboxMessage(entry.payload(), entry.dueAt());
      row.put("booking_id", booking.value().toString());
      return row;
    }
  }
}
