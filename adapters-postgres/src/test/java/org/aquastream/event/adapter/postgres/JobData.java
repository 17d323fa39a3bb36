package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.aquastream.event.domain.testdata.TestWaitlist.anEntryOf;

import java.time.Duration;
import java.time.Instant;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.testdata.TestWaitlist;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/**
 * Bulk rows for the job tests, written with plain SQL so that thousands cost milliseconds, and the
 * checks every job test makes: the seat invariant and the audit trail.
 */
final class JobData {
  static final Duration TTL = PostgresServices.BOOKING.ttl();
  static final Duration GRACE = PostgresServices.BOOKING.gracePeriod();

  private final Database database;
  private final PostgresPersistence persistence;

  JobData(Database database) {
    this.database = database;
    this.persistence = new PostgresPersistence(database);
  }

  /** A published event of the test data with {@code capacity} seats, none of them free. */
  Event soldOutEvent(int capacity) {
    Organizer organizer = anOrganizer().build();
    persistence.organizers().insert(organizer);
    Event event = anEvent().organizedBy(organizer).capacity(capacity).available(0).build();
    persistence.events().insert(event);
    return event;
  }

  /** {@code count} PENDING free bookings of distinct users made at {@code at}. */
  void pendingBookings(EventId event, int count, Instant at) {
    database.withHandle(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO event.bookings (id, event_id, user_id, status, amount, currency,
                        payment_status, expires_at, created_by, created_at, updated_at)
                    SELECT gen_random_uuid(), :eventId, u, 'PENDING', 0, 'RUB', 'NOT_REQUIRED',
                           :expiresAt, u, :at, :at
                      FROM (SELECT gen_random_uuid() AS u FROM generate_series(1, :count)) users
                    """)
                .bind("eventId", event.value())
                .bind("count", count)
                .bind("at", at)
                .bind("expiresAt", at.plus(TTL))
                .execute());
  }

  /** An entry of a new user in {@code status}; a NOTIFIED one was notified at {@code at}. */
  WaitlistEntry entry(EventId event, WaitlistStatus status, Instant at, Duration window) {
    TestWaitlist.EntryBuilder builder =
        anEntryOf(event, aUser())
            .priority(persistence.waitlist().nextPriority())
            .status(status)
            .joinedAt(at);
    if (status == WaitlistStatus.NOTIFIED) {
      builder.notified(at, window);
    }
    WaitlistEntry entry = builder.build();
    persistence.waitlist().insertIfNotQueued(entry);
    return entry;
  }

  /** capacity − PENDING/CONFIRMED bookings − NOTIFIED entries, which must equal available. */
  long availableByInvariant(EventId event) {
    return count(
        """
        SELECT e.capacity
               - (SELECT count(*) FROM event.bookings b
                   WHERE b.event_id = e.id AND b.status IN ('PENDING', 'CONFIRMED'))
               - (SELECT count(*) FROM event.waitlist w
                   WHERE w.event_id = e.id AND w.status = 'NOTIFIED')
          FROM event.events e WHERE e.id = :id
        """,
        event);
  }

  long available(EventId event) {
    return count("SELECT available FROM event.events WHERE id = :id", event);
  }

  long count(String sql, EventId event) {
    return database.withHandle(
        h -> h.createQuery(sql).bind("id", event.value()).mapTo(Long.class).one());
  }

  long count(String sql) {
    return database.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
