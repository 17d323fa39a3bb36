package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Stores waitlist entries in {@code event.waitlist}. Priorities come from {@code
 * event.waitlist_priority_seq}; a partial unique index keeps one queued entry per user and event.
 */
final class JdbiWaitlistRepository implements WaitlistRepository {
  private static final String SELECT =
      "SELECT " + WaitlistEntryRowMapper.COLUMNS + " FROM event.waitlist w";
  private static final String QUEUED = " status IN ('WAITING', 'NOTIFIED') ";
  private static final String UPDATE =
      """
      UPDATE event.waitlist
         SET status = :status, notification_sent_at = :notifiedAt,
             notification_expires_at = :expiresAt, updated_at = :updatedAt
       WHERE id = :id
      """;

  private final Database database;

  JdbiWaitlistRepository(Database database) {
    this.database = database;
  }

  @Override
  public long nextPriority() {
    return database.one(
        "SELECT nextval('event.waitlist_priority_seq')", query -> query.mapTo(Long.class));
  }

  @Override
  public boolean insertIfNotQueued(WaitlistEntry entry) {
    // The conflict target names ux_waitlist_one_queued_per_user_event; a racing join of the same
    // user waits for the first to finish, then does nothing.
    return database.update(
            """
            INSERT INTO event.waitlist (id, event_id, user_id, seats, priority, status,
                notification_sent_at, notification_expires_at, created_at, updated_at)
            VALUES (:id, :eventId, :userId, :seats, :priority, :status,
                :notifiedAt, :expiresAt, :createdAt, :updatedAt)
            ON CONFLICT (event_id, user_id) WHERE status IN ('WAITING', 'NOTIFIED')
            DO NOTHING
            """,
            update -> bind(update, entry))
        == 1;
  }

  @Override
  public void update(WaitlistEntry entry) {
    database.update(UPDATE, update -> bind(update, entry));
  }

  @Override
  public void updateAll(List<WaitlistEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    // One statement for the whole list (a job's batch, an event's whole queue).
    database.update(
        """
        UPDATE event.waitlist w
           SET status = r.status, notification_sent_at = r.notified_at,
               notification_expires_at = r.expires_at, updated_at = r.updated_at
          FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(
               id uuid, status text, notified_at timestamptz, expires_at timestamptz,
               updated_at timestamptz)
         WHERE w.id = r.id
        """,
        update -> update.bind("rows", JsonRows.of(entries, JsonRows::waitlistEntry)));
  }

  @Override
  public Optional<WaitlistEntry> findQueued(EventId event, UserId user) {
    return queuedOf(event, user, "");
  }

  @Override
  public Optional<WaitlistEntry> lockQueued(EventId event, UserId user) {
    return queuedOf(event, user, " FOR UPDATE");
  }

  @Override
  public List<WaitlistEntry> lockWaitingThatFit(
      EventId event, int maxSeats, long afterPriority, int limit) {
    // idx_waitlist_queue (event_id, priority) WHERE queued: read in priority order from where the
    // last page stopped; a party too large for the seats is passed over and keeps its place.
    return database.list(
        SELECT
            + """
             WHERE event_id = :eventId AND status = 'WAITING'
               AND seats <= :maxSeats AND priority > :after
             ORDER BY priority
             LIMIT :limit
               FOR UPDATE
            """,
        query ->
            query
                .bind("eventId", event)
                .bind("maxSeats", maxSeats)
                .bind("after", afterPriority)
                .bind("limit", limit)
                .mapTo(WaitlistEntry.class));
  }

  @Override
  public List<WaitlistEntry> lockQueuedByEvent(EventId event) {
    return database.list(
        SELECT + " WHERE event_id = :eventId AND" + QUEUED + "ORDER BY priority FOR UPDATE",
        query -> query.bind("eventId", event).mapTo(WaitlistEntry.class));
  }

  @Override
  public Set<EventId> findEventsWithWaiting(Collection<EventId> events) {
    if (events.isEmpty()) {
      return Set.of();
    }
    // idx_waitlist_queue (event_id, priority) WHERE queued: one probe per event.
    return Set.copyOf(
        database.list(
            """
            SELECT DISTINCT event_id FROM event.waitlist
             WHERE event_id = ANY(:events) AND status = 'WAITING'
            """,
            query ->
                query
                    .bindArray("events", EventId.class, List.copyOf(events))
                    .mapTo(EventId.class)));
  }

  @Override
  public List<EventId> findEventsWithPassedWindows(Instant now, int limit) {
    return database.list(
        """
        SELECT DISTINCT event_id FROM event.waitlist
         WHERE status = 'NOTIFIED' AND notification_expires_at < :now
         LIMIT :limit
        """,
        query -> query.bind("now", now).bind("limit", limit).mapTo(EventId.class));
  }

  @Override
  public List<WaitlistEntry> lockPassedWindows(EventId event, Instant now) {
    return database.list(
        SELECT
            + """
             WHERE event_id = :eventId AND status = 'NOTIFIED'
               AND notification_expires_at < :now
             ORDER BY priority
               FOR UPDATE
            """,
        query -> query.bind("eventId", event).bind("now", now).mapTo(WaitlistEntry.class));
  }

  private Optional<WaitlistEntry> queuedOf(EventId event, UserId user, String lock) {
    return database.find(
        SELECT + " WHERE event_id = :eventId AND user_id = :userId AND" + QUEUED + lock,
        query -> query.bind("eventId", event).bind("userId", user).mapTo(WaitlistEntry.class));
  }

  private static <S extends SqlStatement<S>> S bind(S statement, WaitlistEntry entry) {
    return statement
        .bind("id", entry.id())
        .bind("eventId", entry.eventId())
        .bind("userId", entry.userId())
        .bind("seats", entry.seats())
        .bind("priority", entry.priority())
        .bind("status", entry.status().name())
        .bind("notifiedAt", entry.notifiedAt().orElse(null))
        .bind("expiresAt", entry.notificationExpiresAt().orElse(null))
        .bind("createdAt", entry.createdAt())
        .bind("updatedAt", entry.updatedAt());
  }
}
