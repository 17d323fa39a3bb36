package org.aquastream.event.adapter.postgres;

import java.util.Optional;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/**
 * Reads waitlist entries with their event and their standing: the queued entries of the same event
 * with a lower priority, and all of them — counted on {@code idx_waitlist_queue}, never stored.
 */
final class JdbiWaitlistQueries implements WaitlistQueries {
  private static final String SELECT =
      "SELECT "
          + WaitlistEntryRowMapper.COLUMNS
          + ", "
          + EventSummaryColumns.COLUMNS
          + ","
          + """
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
    return database.find(
        SELECT
            + """
             WHERE w.event_id = :eventId AND w.user_id = :userId
             ORDER BY (w.status IN ('WAITING', 'NOTIFIED')) DESC, w.priority DESC
             LIMIT 1
            """,
        query -> query.bind("eventId", event).bind("userId", user).mapTo(WaitlistEntryView.class));
  }

  @Override
  public Page<WaitlistEntryView> listByUser(
      UserId user, Optional<WaitlistStatus> status, PageRequest page) {
    String statusName = status.map(WaitlistStatus::name).orElse(null);
    return database.page(
        "SELECT count(*) FROM event.waitlist w" + WHERE_USER_AND_STATUS,
        SELECT
            + WHERE_USER_AND_STATUS
            + " ORDER BY w.created_at DESC, w.id ASC LIMIT :limit OFFSET :offset",
        query -> query.bind("userId", user).bind("status", statusName),
        query -> query.mapTo(WaitlistEntryView.class),
        page);
  }
}
