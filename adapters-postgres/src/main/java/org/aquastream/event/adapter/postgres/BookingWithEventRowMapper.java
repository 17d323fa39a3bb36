package org.aquastream.event.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.domain.booking.Booking;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Rebuilds a {@link BookingWithEvent} from a booking row joined with its event's {@code e_*}
 * columns.
 */
final class BookingWithEventRowMapper implements RowMapper<BookingWithEvent> {
  private final BookingRowMapper booking = new BookingRowMapper();

  @Override
  public BookingWithEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
    Booking read = booking.map(rs, ctx);
    return new BookingWithEvent(read, EventSummaryColumns.read(rs, read.eventId()));
  }
}
