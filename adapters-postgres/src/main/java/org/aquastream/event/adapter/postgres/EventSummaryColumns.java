package org.aquastream.event.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.domain.event.EventId;

/**
 * The summary of the event a booking or waitlist row belongs to: the {@code e_*} columns of that
 * event, joined as {@code e}, and how they are read back.
 */
final class EventSummaryColumns {
  static final String COLUMNS =
      """
      e.title AS e_title, e.type AS e_type, e.date_start AS e_date_start,
             e.date_end AS e_date_end, e.location AS e_location""";

  private EventSummaryColumns() {}

  static EventSummary read(ResultSet rs, EventId event) throws SQLException {
    return new EventSummary(
        event,
        rs.getString("e_title"),
        rs.getString("e_type"),
        Columns.instant(rs, "e_date_start"),
        Columns.instant(rs, "e_date_end"),
        JsonColumns.location(rs.getString("e_location")));
  }
}
