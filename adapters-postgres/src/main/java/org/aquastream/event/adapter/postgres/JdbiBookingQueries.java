package org.aquastream.event.adapter.postgres;

import java.util.Optional;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;

/** Reads bookings joined with a summary of their event, for their owners. */
final class JdbiBookingQueries implements BookingQueries {
  static final String SELECT =
      "SELECT "
          + BookingRowMapper.COLUMNS
          + ", "
          + EventSummaryColumns.COLUMNS
          + " FROM event.bookings b JOIN event.events e ON e.id = b.event_id";
  // An absent status filter binds NULL and matches every status.
  private static final String WHERE_USER_AND_STATUS =
      """
       WHERE b.user_id = :userId
         AND (CAST(:status AS varchar) IS NULL OR b.status = :status)
      """;

  private final Database database;

  JdbiBookingQueries(Database database) {
    this.database = database;
  }

  @Override
  public Optional<BookingWithEvent> find(BookingId id) {
    return database.find(
        SELECT + " WHERE b.id = :id", query -> query.bind("id", id).mapTo(BookingWithEvent.class));
  }

  @Override
  public Page<BookingWithEvent> listByUser(
      UserId user, Optional<BookingStatus> status, PageRequest page) {
    String statusName = status.map(BookingStatus::name).orElse(null);
    return database.page(
        "SELECT count(*) FROM event.bookings b" + WHERE_USER_AND_STATUS,
        SELECT
            + WHERE_USER_AND_STATUS
            + " ORDER BY b.created_at DESC, b.id ASC LIMIT :limit OFFSET :offset",
        query -> query.bind("userId", user).bind("status", statusName),
        query -> query.mapTo(BookingWithEvent.class),
        page);
  }
}
