package org.aquastream.event.adapter.postgres;

import java.util.List;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.UserId;
import org.jdbi.v3.core.statement.SqlStatement;

/** Appends rows to the booking audit trail {@code event.booking_logs}. */
final class JdbiBookingLog implements BookingLog {
  private static final String INSERT =
      """
      INSERT INTO event.booking_logs (booking_id, user_id, action, old_status, new_status,
          details, created_at)
      VALUES (:bookingId, :userId, :action, :oldStatus, :newStatus,
          CAST(:details AS jsonb), :createdAt)
      """;

  private final Database database;

  JdbiBookingLog(Database database) {
    this.database = database;
  }

  @Override
  public void append(BookingLogEntry entry) {
    database.withHandle(handle -> bind(handle.createUpdate(INSERT), entry).execute());
  }

  @Override
  public void appendAll(List<BookingLogEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    // One multi-row insert for the whole list (a job's batch of thousands).
    database.update(
        """
        INSERT INTO event.booking_logs (booking_id, user_id, action, old_status, new_status,
            details, created_at)
        SELECT log_booking_id, log_actor, log_action, log_old_status, log_new_status,
               log_details, log_at
          FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(
               log_booking_id uuid, log_actor uuid, log_action text, log_old_status text,
               log_new_status text, log_details jsonb, log_at timestamptz)
        """,
        update -> update.bind("rows", JsonRows.of(entries, JsonRows::logEntry)));
  }

  private static <S extends SqlStatement<S>> S bind(S statement, BookingLogEntry entry) {
    return statement
        .bind("bookingId", entry.bookingId().value())
        // No actor means the system did it (a job or a payment callback).
        .bind("userId", entry.actor().map(UserId::value).orElse(null))
        .bind("action", entry.action().name())
        .bind("oldStatus", entry.oldStatus().map(BookingStatus::name).orElse(null))
        .bind("newStatus", entry.newStatus().name())
        .bind("details", JsonColumns.textMap(entry.details()))
        .bind("createdAt", entry.at());
  }
}
