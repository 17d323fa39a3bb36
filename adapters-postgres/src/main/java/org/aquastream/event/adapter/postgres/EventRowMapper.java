package org.aquastream.event.adapter.postgres;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventDetails;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.event.Price;
import org.aquastream.event.domain.event.Schedule;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Money;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Rebuilds an {@link Event} from a row of {@code event.events}. */
final class EventRowMapper implements RowMapper<Event> {
  /** The columns it reads, of {@code event.events} named {@code e}. */
  static final String COLUMNS =
      """
      e.id, e.organizer_id, e.type, e.title, e.description, e.date_start, e.date_end,
             e.location, e.price, e.currency, e.capacity, e.max_seats_per_booking, e.available,
             e.status, e.tags,
             e.created_at, e.updated_at""";

  @Override
  public Event map(ResultSet rs, StatementContext ctx) throws SQLException {
    String currency = rs.getString("currency");
    BigDecimal price = rs.getBigDecimal("price");
    EventDetails details =
        new EventDetails(
            rs.getString("type"),
            rs.getString("title"),
            rs.getString("description"),
            new Schedule(Columns.instant(rs, "date_start"), Columns.instant(rs, "date_end")),
            JsonColumns.location(rs.getString("location")),
            price == null ? Price.FREE : Price.of(new Money(price, currency)),
            Columns.texts(rs, "tags"));
    return Event.restore(
        new EventId(Columns.uuid(rs, "id")),
        new OrganizerId(Columns.uuid(rs, "organizer_id")),
        details,
        currency,
        new Capacity(rs.getInt("capacity")),
        rs.getInt("max_seats_per_booking"),
        rs.getInt("available"),
        EventStatus.valueOf(rs.getString("status")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
