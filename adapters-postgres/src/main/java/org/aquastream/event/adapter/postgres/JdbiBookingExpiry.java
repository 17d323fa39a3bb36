package org.aquastream.event.adapter.postgres;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aquastream.event.application.port.out.booking.BookingExpiry;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.domain.booking.BookingAction;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/**
 * Expires due bookings with two statements per batch (docs/adr/0027): one locks the batch's events
 * in id order, one expires their due bookings and writes the audit rows and the booking.expired
 * notifications from the updated rows. The notification carries the data of every booking
 * notification ({@code BookingFollowUps.notification}); the events' titles and starts come from the
 * locked events, written as Java writes them.
 */
final class JdbiBookingExpiry implements BookingExpiry {
  // idx_bookings_expires_at (partial, PENDING only) finds the due bookings in expiry order.
  private static final String LOCK_EVENTS_OF_DUE =
      "SELECT "
          + EventRowMapper.COLUMNS
          + """

            FROM event.events e
           WHERE e.id IN (SELECT DISTINCT d.event_id
                            FROM (SELECT event_id FROM event.bookings
                                   WHERE status = 'PENDING' AND expires_at < :cutoff
                                     AND get_byte(uuid_send(event_id), 15) % :shares = :share
                                   ORDER BY expires_at
                                   LIMIT :limit) d)
           ORDER BY e.id
             FOR NO KEY UPDATE
          """;

  private static final String EXPIRE =
      """
      WITH locked AS (
        SELECT * FROM jsonb_to_recordset(CAST(:events AS jsonb)) AS e(
               id uuid, title text, start text)
      ),
      -- The first due bookings in idx_bookings_expires_at order, as the lock statement found them;
      -- the scan stops at the limit. Filtering by event outside the limit keeps the planner on that
      -- index: inside, it reads every booking of the batch's events to sort them, on each batch.
      due AS (
        SELECT d.id FROM (SELECT b.id, b.event_id FROM event.bookings b
                           WHERE b.status = 'PENDING' AND b.expires_at < :cutoff
                             AND get_byte(uuid_send(b.event_id), 15) % :shares = :share
                           ORDER BY b.expires_at
                           LIMIT :limit) d
         WHERE d.event_id = ANY(:eventIds)
      ),
      -- Not locked beforehand: a booking another transaction changes meanwhile is waited for and
      -- checked again (READ COMMITTED), so one confirmed or cancelled in between stays as it is.
      -- Nobody holds a booking row while waiting for its event's lock, which this batch holds.
      expired AS (
        UPDATE event.bookings b SET status = :expired, updated_at = :now
         WHERE b.id = ANY(ARRAY(SELECT id FROM due))
           AND b.status = 'PENDING' AND b.expires_at < :cutoff
        RETURNING b.id, b.event_id, b.user_id, b.seats, b.amount, b.currency, b.payment_status
      ),
      logged AS (
        INSERT INTO event.booking_logs (booking_id, user_id, action, old_status, new_status,
               details, created_at)
        SELECT id, NULL, :action, :pending, :expired, jsonb_build_object('reason', :reason), :now
          FROM expired
      ),
      notified AS (
        INSERT INTO event.outbox (id, kind, payload, idempotency_key, next_attempt_at,
               created_at)
        SELECT gen_random_uuid(), 'NOTIFICATION',
               jsonb_build_object(
                 'userId', x.user_id,
                 'template', :template,
                 'data', jsonb_build_object(
                           'bookingId', x.id, 'eventId', x.event_id,
                           'eventTitle', e.title, 'eventStart', e.start, 'status', :expired,
                           'seats', x.seats::text)
                         || CASE WHEN x.payment_status = 'NOT_REQUIRED' THEN '{}'::jsonb
                                 ELSE jsonb_build_object('amount', x.amount::text,
                                                         'currency', x.currency) END),
               :template || ':' || x.id, :now, :now
          FROM expired x JOIN locked e ON e.id = x.event_id
        ON CONFLICT (idempotency_key) DO NOTHING
      )
      -- A party's booking gives back all its seats.
      SELECT event_id, count(*) AS bookings, sum(seats) AS seats FROM expired GROUP BY event_id
      """;

  private final Database database;

  JdbiBookingExpiry(Database database) {
    this.database = database;
  }

  @Override
  public List<Event> lockEventsOfDue(Instant cutoff, int limit, Share share) {
    return database.list(
        LOCK_EVENTS_OF_DUE,
        query ->
            query
                .bind("cutoff", cutoff)
                .bind("limit", limit)
                .bind("share", share.index())
                .bind("shares", share.count())
                .mapTo(Event.class));
  }

  @Override
  public Expired expire(List<Event> events, Batch batch) {
    if (events.isEmpty()) {
      return Expired.nothing();
    }
    Map<EventId, Integer> freed = new HashMap<>();
    int bookings = 0;
    for (Freed row :
        database.list(
            EXPIRE,
            query ->
                query
                    .bind("events", JsonRows.of(events, JdbiBookingExpiry::event))
                    .bindArray("eventIds", EventId.class, events.stream().map(Event::id).toList())
                    .bind("cutoff", batch.cutoff())
                    .bind("share", batch.share().index())
                    .bind("shares", batch.share().count())
                    .bind("limit", batch.limit())
                    .bind("now", batch.now())
                    .bind("reason", batch.reason())
                    .bind("pending", BookingStatus.PENDING.name())
                    .bind("expired", BookingStatus.EXPIRED.name())
                    .bind("action", BookingAction.STATUS_CHANGE.name())
                    .bind("template", NotificationTemplate.BOOKING_EXPIRED.wireName())
                    .map(
                        (rs, ctx) ->
                            new Freed(
                                new EventId(Columns.uuid(rs, "event_id")),
                                rs.getInt("bookings"),
                                rs.getInt("seats"))))) {
      freed.put(row.event(), row.seats());
      bookings += row.bookings();
    }
    return new Expired(bookings, freed);
  }

  /** One event's share of a batch: its bookings expired and the seats they held. */
  private record Freed(EventId event, int bookings, int seats) {}

  /** The event fields a notification names, formatted as the Java side formats them. */
  private static ObjectNode event(Event event) {
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    row.put("id", event.id().value().toString());
    row.put("title", event.details().title());
    row.put("start", event.details().schedule().start().toString());
    return row;
  }
}
