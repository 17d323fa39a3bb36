package org.aquastream.event.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.Location;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Rebuilds a {@link BookingWithEvent} from a booking row joined with its event's {@code e_*}
 * columns.
 */
final class BookingWithEventRowMapper implements RowMapper<BookingWithEvent> {
  static final BookingWithEventRowMapper INSTANCE = new BookingWithEventRowMapper();

  private BookingWithEventRowMapper() {}

  @Override
  public BookingWithEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
    Location location = JsonColumns.location(rs.getString("e_location"));
    return new BookingWithEvent(
        BookingRowMapper.INSTANCE.map(rs, ctx),
        new EventSummary(
            new EventId(Columns.uuid(rs, "event_id")),
            rs.getString("e_title"),
            rs.getString("e_type"),
            Columns.instant(rs, "e_date_start"),
            Columns.instant(rs, "e_date_end"),
            location));
  }
}
