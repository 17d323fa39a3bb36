package org.aquastream.event.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistPosition;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads waitlist entries with their event and their standing: the queued entries of the same event
 * with a lower priority, and all of them — counted on {@code idx_waitlist_queue}, never stored.
 */
final class JdbiWaitlistQueries implements WaitlistQueries {
  private static final String SELECT =
      """
      SELECT w.id, w.event_id, w.user_id, w.priority, w.status, w.notification_sent_at,
             w.notification_expires_at, w.created_at, w.updated_at,
             e.title AS e_title, e.type AS e_type, e.date_start AS e_date_start,
             e.date_end AS e_date_end, e.location AS e_location,
             (SELECT count(*) FROM event.waitlist q
               WHERE q.event_id = w.event_id AND q.status IN ('WAITING', 'NOTIFIED')
                 AND q.priority < w.priority) AS queued_ahead,
             (SELECT count(*) FROM event.waitlist q
               WHERE q.event_id = w.event_id AND q.status IN ('WAITING', 'NOTIFIED'))
               AS total_in_queue
        FROM event.waitlist w JOIN event.events e ON e.id = w.event_id
      """;
  // An absent status filter binds NULL and matches every status.
  private static final String WHERE_USER_AND_STATUS =
      """
       WHERE w.user_id = :userId
         AND (CAST(:status AS varchar) IS NULL OR w.status = :status)
      """;

  private final Database database;

  JdbiWaitlistQueries(Database database) {
    this.database = database;
  }

  @Override
  public Optional<WaitlistEntryView> findLatest(EventId event, UserId user) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + """
                         WHERE w.event_id = :eventId AND w.user_id = :userId
                         ORDER BY (w.status IN ('WAITING', 'NOTIFIED')) DESC, w.priority DESC
                         LIMIT 1
                        """)
                .bind("eventId", event.value())
                .bind("userId", user.value())
                .map(JdbiWaitlistQueries::view)
                .findOne());
  }

  @Override
  public Page<WaitlistEntryView> listByUser(
      UserId user, Optional<WaitlistStatus> status, PageRequest page) {
    String statusName = status.map(WaitlistStatus::name).orElse(null);
    return database.withHandle(
        handle -> {
          long total =
              handle
                  .createQuery("SELECT count(*) FROM event.waitlist w" + WHERE_USER_AND_STATUS)
                  .bind("userId", user.value())
                  .bind("status", statusName)
                  .mapTo(Long.class)
                  .one();
          List<WaitlistEntryView> items =
              handle
                  .createQuery(
                      SELECT
                          + WHERE_USER_AND_STATUS
                          + " ORDER BY w.created_at DESC, w.id ASC LIMIT :limit OFFSET :offset")
                  .bind("userId", user.value())
                  .bind("status", statusName)
                  .bind("limit", page.size())
                  .bind("offset", page.offset())
                  .map(JdbiWaitlistQueries::view)
                  .list();
          return Page.of(items, total, page);
        });
  }

  private static WaitlistEntryView view(ResultSet rs, StatementContext ctx) throws SQLException {
    WaitlistEntry entry = WaitlistEntryRowMapper.INSTANCE.map(rs, ctx);
    int total = rs.getInt("total_in_queue");
    Optional<WaitlistPosition> position =
        entry.isQueued()
            ? Optional.of(WaitlistPosition.behind(rs.getInt("queued_ahead"), total))
            : Optional.empty();
    EventSummary event =
        new EventSummary(
            entry.eventId(),
            rs.getString("e_title"),
            rs.getString("e_type"),
            Columns.instant(rs, "e_date_start"),
            Columns.instant(rs, "e_date_end"),
            JsonColumns.location(rs.getString("e_location")));
    return new WaitlistEntryView(entry, event, position, total);
  }
}
