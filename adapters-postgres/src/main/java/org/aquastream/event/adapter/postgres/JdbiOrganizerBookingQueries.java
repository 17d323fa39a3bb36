package org.aquastream.event.adapter.postgres;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingScope;
import org.aquastream.event.application.port.in.booking.BookingStatistics;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.application.port.out.booking.OrganizerBookingQueries;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** Reads the bookings of an organizer's events, and figures about them, for the organizer. */
final class JdbiOrganizerBookingQueries implements OrganizerBookingQueries {
  private final Database database;

  JdbiOrganizerBookingQueries(Database database) {
    this.database = database;
  }

  @Override
  public Page<BookingWithEvent> list(
      BookingScope scope, Optional<BookingStatus> status, PageRequest page) {
    Map<String, Object> binds = new LinkedHashMap<>();
    List<String> conditions = scope(scope, binds);
    status.ifPresent(
        s -> {
          conditions.add("b.status = :status");
          binds.put("status", s.name());
        });
    String where = where(conditions);
    return database.page(
        "SELECT count(*) FROM event.bookings b JOIN event.events e ON e.id = b.event_id" + where,
        JdbiBookingQueries.SELECT
            + where
            + " ORDER BY b.created_at DESC, b.id ASC LIMIT :limit OFFSET :offset",
        query -> query.bindMap(binds),
        query -> query.mapTo(BookingWithEvent.class),
        page);
  }

  @Override
  public BookingStatistics statistics(BookingScope scope) {
    Map<String, Object> binds = new LinkedHashMap<>();
    String where = where(scope(scope, binds));
    return database.withHandle(
        handle -> {
          List<StatusRow> rows =
              handle
                  .createQuery(
                      """
                      SELECT b.status, count(*) AS bookings, sum(b.seats) AS seats,
                             COALESCE(sum(b.amount)
                                 FILTER (WHERE b.status IN ('CONFIRMED', 'COMPLETED')), 0) AS revenue
                        FROM event.bookings b JOIN event.events e ON e.id = b.event_id
                      """
                          + where
                          + " GROUP BY b.status")
                  .bindMap(binds)
                  .map(
                      (rs, ctx) ->
                          new StatusRow(
                              BookingStatus.valueOf(rs.getString("status")),
                              rs.getLong("bookings"),
                              rs.getLong("seats"),
                              rs.getBigDecimal("revenue")))
                  .list();
          Map<BookingStatus, Long> byStatus = new EnumMap<>(BookingStatus.class);
          Map<BookingStatus, Long> seats = new EnumMap<>(BookingStatus.class);
          BigDecimal revenue = BigDecimal.ZERO;
          for (StatusRow row : rows) {
            byStatus.put(row.status(), row.bookings());
            seats.put(row.status(), row.seats());
            revenue = revenue.add(row.revenue());
          }
          // Entries still queued hold or wait for seats of the same events.
          Queued queued =
              handle
                  .createQuery(
                      "SELECT count(*) AS entries, COALESCE(sum(w.seats), 0) AS seats"
                          + " FROM event.waitlist w"
                          + " JOIN event.events e ON e.id = w.event_id"
                          + where(
                              withCondition(
                                  scope(scope, new LinkedHashMap<>(), "w.event_id"),
                                  "w.status IN ('WAITING', 'NOTIFIED')")))
                  .bindMap(binds)
                  .map((rs, ctx) -> new Queued(rs.getLong("entries"), rs.getLong("seats")))
                  .one();
          return BookingStatistics.of(
              byStatus, seats, revenue.setScale(2), queued.entries(), queued.seats());
        });
  }

  /**
   * The bookings of one status within the scope, their seats, and what the confirmed ones brought
   * in.
   */
  private record StatusRow(BookingStatus status, long bookings, long seats, BigDecimal revenue) {}

  /** The waitlist entries still queued and the seats their parties wait for. */
  private record Queued(long entries, long seats) {}

  private static List<String> scope(BookingScope scope, Map<String, Object> binds) {
    return scope(scope, binds, "b.event_id");
  }

  /** The scope's conditions on the joined event {@code e} and the row's event column. */
  private static List<String> scope(
      BookingScope scope, Map<String, Object> binds, String eventColumn) {
    List<String> conditions = new ArrayList<>();
    scope
        .organizer()
        .ifPresent(
            id -> {
              conditions.add("e.organizer_id = :organizerId");
              binds.put("organizerId", id);
            });
    scope
        .event()
        .ifPresent(
            id -> {
              conditions.add(eventColumn + " = :eventId");
              binds.put("eventId", id);
            });
    return conditions;
  }

  private static List<String> withCondition(List<String> conditions, String condition) {
    conditions.add(condition);
    return conditions;
  }

  private static String where(List<String> conditions) {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }
}
