package org.aquastream.event.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistPosition;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Rebuilds a {@link WaitlistEntryView} from a waitlist row joined with its event's {@code e_*}
 * columns and the queue counts {@code queued_ahead} and {@code total_in_queue}.
 */
final class WaitlistEntryViewRowMapper implements RowMapper<WaitlistEntryView> {
  private final WaitlistEntryRowMapper entries = new WaitlistEntryRowMapper();

  @Override
  public WaitlistEntryView map(ResultSet rs, StatementContext ctx) throws SQLException {
    WaitlistEntry entry = entries.map(rs, ctx);
    int total = rs.getInt("total_in_queue");
    Optional<WaitlistPosition> position =
        entry.isQueued()
            ? Optional.of(WaitlistPosition.behind(rs.getInt("queued_ahead"), total))
            : Optional.empty();
    return new WaitlistEntryView(
        entry, EventSummaryColumns.read(rs, entry.eventId()), position, total);
  }
}
