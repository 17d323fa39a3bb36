package org.aquastream.event.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntryId;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Rebuilds a {@link WaitlistEntry} from a row of {@code event.waitlist}. */
final class WaitlistEntryRowMapper implements RowMapper<WaitlistEntry> {
  /** The columns it reads, of {@code event.waitlist} named {@code w}. */
  static final String COLUMNS =
      """
      w.id, w.event_id, w.user_id, w.seats, w.priority, w.status, w.notification_sent_at,
             w.notification_expires_at, w.created_at, w.updated_at""";

  @Override
  public WaitlistEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
    return WaitlistEntry.restore(
        new WaitlistEntryId(Columns.uuid(rs, "id")),
        new EventId(Columns.uuid(rs, "event_id")),
        new UserId(Columns.uuid(rs, "user_id")),
        rs.getInt("seats"),
        rs.getLong("priority"),
        WaitlistStatus.valueOf(rs.getString("status")),
        Columns.instant(rs, "notification_sent_at"),
        Columns.instant(rs, "notification_expires_at"),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
