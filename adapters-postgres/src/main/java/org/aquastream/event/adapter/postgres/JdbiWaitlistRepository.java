package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
      """
      SELECT id, event_id, user_id, priority, status, notification_sent_at,
             notification_expires_at, created_at, updated_at
        FROM event.waitlist
      """;
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
    return database.withHandle(
        handle ->
            handle
                .createQuery("SELECT nextval('event.waitlist_priority_seq')")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public boolean insertIfNotQueued(WaitlistEntry entry) {
    // The conflict target names ux_waitlist_one_queued_per_user_event; a racing join of the same
    // user waits for the first to finish, then does nothing.
    return database.withHandle(
            handle ->
                bind(
                        handle.createUpdate(
                            """
                            INSERT INTO event.waitlist (id, event_id, user_id, priority, status,
                                notification_sent_at, notification_expires_at, created_at,
                                updated_at)
                            VALUES (:id, :eventId, :userId, :priority, :status,
                                :notifiedAt, :expiresAt, :createdAt, :updatedAt)
                            ON CONFLICT (event_id, user_id) WHERE status IN ('WAITING', 'NOTIFIED')
                            DO NOTHING
                            """),
                        entry)
                    .execute())
        == 1;
  }

  @Override
  public void update(WaitlistEntry entry) {
    database.withHandle(handle -> bind(handle.createUpdate(UPDATE), entry).execute());
  }

  @Override
  public void updateAll(List<WaitlistEntry> entries) {
    database.batch(UPDATE, entries, JdbiWaitlistRepository::bind);
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
  public List<WaitlistEntry> lockNextWaiting(EventId event, int limit) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + """
                         WHERE event_id = :eventId AND status = 'WAITING'
                         ORDER BY priority
                         LIMIT :limit
                           FOR UPDATE
                        """)
                .bind("eventId", event.value())
                .bind("limit", limit)
                .map(WaitlistEntryRowMapper.INSTANCE)
                .list());
  }

  @Override
  public List<WaitlistEntry> lockQueuedByEvent(EventId event) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + " WHERE event_id = :eventId AND"
                        + QUEUED
                        + "ORDER BY priority FOR UPDATE")
                .bind("eventId", event.value())
                .map(WaitlistEntryRowMapper.INSTANCE)
                .list());
  }

  @Override
  public List<EventId> findEventsWithPassedWindows(Instant now, int limit) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT DISTINCT event_id FROM event.waitlist
                     WHERE status = 'NOTIFIED' AND notification_expires_at < :now
                     LIMIT :limit
                    """)
                .bind("now", now)
                .bind("limit", limit)
                .map((rs, ctx) -> new EventId(Columns.uuid(rs, "event_id")))
                .list());
  }

  @Override
  public List<WaitlistEntry> lockPassedWindows(EventId event, Instant now) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + """
                         WHERE event_id = :eventId AND status = 'NOTIFIED'
                           AND notification_expires_at < :now
                         ORDER BY priority
                           FOR UPDATE
                        """)
                .bind("eventId", event.value())
                .bind("now", now)
                .map(WaitlistEntryRowMapper.INSTANCE)
                .list());
  }

  private Optional<WaitlistEntry> queuedOf(EventId event, UserId user, String lock) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT + " WHERE event_id = :eventId AND user_id = :userId AND" + QUEUED + lock)
                .bind("eventId", event.value())
                .bind("userId", user.value())
                .map(WaitlistEntryRowMapper.INSTANCE)
                .findOne());
  }

  private static <S extends SqlStatement<S>> S bind(S statement, WaitlistEntry entry) {
    return statement
        .bind("id", entry.id().value())
        .bind("eventId", entry.eventId().value())
        .bind("userId", entry.userId().value())
        .bind("priority", entry.priority())
        .bind("status", entry.status().name())
        .bind("notifiedAt", entry.notifiedAt().orElse(null))
        .bind("expiresAt", entry.notificationExpiresAt().orElse(null))
        .bind("createdAt", entry.createdAt())
        .bind("updatedAt", entry.updatedAt());
  }
}
