package org.aquastream.event.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.Slug;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Rebuilds an {@link EventView} from an event row joined with its organizer's {@code o_*} columns.
 */
final class EventViewRowMapper implements RowMapper<EventView> {
  private final EventRowMapper event = new EventRowMapper();

  @Override
  public EventView map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new EventView(
        event.map(rs, ctx),
        new OrganizerSummary(
            new OrganizerId(Columns.uuid(rs, "o_id")),
            new Slug(rs.getString("o_slug")),
            rs.getString("o_name"),
            rs.getString("o_logo_url")));
  }
}
