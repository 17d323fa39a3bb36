package org.aquastream.event.adapter.postgres;

import java.util.List;
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
      """
      SELECT b.id, b.event_id, b.user_id, b.status, b.amount, b.currency, b.payment_status,
             b.payment_id, b.payment_url, b.expires_at, b.cancel_reason, b.created_by,
             b.created_at, b.updated_at,
             e.title AS e_title, e.type AS e_type, e.date_start AS e_date_start,
             e.date_end AS e_date_end, e.location AS e_location
        FROM event.bookings b JOIN event.events e ON e.id = b.event_id
      """;
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
    return database.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE b.id = :id")
                .bind("id", id.value())
                .map(BookingWithEventRowMapper.INSTANCE)
                .findOne());
  }

  @Override
  public Page<BookingWithEvent> listByUser(
      UserId user, Optional<BookingStatus> status, PageRequest page) {
    String statusName = status.map(BookingStatus::name).orElse(null);
    return database.withHandle(
        handle -> {
          long total =
              handle
                  .createQuery("SELECT count(*) FROM event.bookings b" + WHERE_USER_AND_STATUS)
                  .bind("userId", user.value())
                  .bind("status", statusName)
                  .mapTo(Long.class)
                  .one();
          List<BookingWithEvent> items =
              handle
                  .createQuery(
                      SELECT
                          + WHERE_USER_AND_STATUS
                          + " ORDER BY b.created_at DESC, b.id ASC LIMIT :limit OFFSET :offset")
                  .bind("userId", user.value())
                  .bind("status", statusName)
                  .bind("limit", page.size())
                  .bind("offset", page.offset())
                  .map(BookingWithEventRowMapper.INSTANCE)
                  .list();
          return Page.of(items, total, page);
        });
  }
}
