package org.aquastream.event.adapter.postgres;

import java.util.List;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.jdbi.v3.core.statement.SqlStatement;

/** Appends rows to the waitlist audit trail {@code event.waitlist_audit}. */
final class JdbiWaitlistAuditLog implements WaitlistAuditLog {
  private static final String INSERT =
      """
      INSERT INTO event.waitlist_audit (event_id, user_id, action, priority, details, created_at)
      VALUES (:eventId, :userId, :action, :priority, CAST(:details AS jsonb), :createdAt)
      """;

  private final Database database;

  JdbiWaitlistAuditLog(Database database) {
    this.database = database;
  }

  @Override
  public void append(WaitlistAuditEntry entry) {
    database.update(INSERT, update -> bind(update, entry));
  }

  @Override
  public void appendAll(List<WaitlistAuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    // One multi-row insert for the whole list.
    database.update(
        """
        INSERT INTO event.waitlist_audit (event_id, user_id, action, priority, details, created_at)
        SELECT event_id, user_id, action, priority, details, created_at
          FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(
               event_id uuid, user_id uuid, action text, priority bigint, details jsonb,
               created_at timestamptz)
        """,
        update -> update.bind("rows", JsonRows.of(entries, JsonRows::waitlistAudit)));
  }

  private static <S extends SqlStatement<S>> S bind(S statement, WaitlistAuditEntry entry) {
    return statement
        .bind("eventId", entry.eventId())
        .bind("userId", entry.userId())
        .bind("action", entry.action().name())
        .bind("priority", entry.priority())
        .bind("details", JsonColumns.textMap(entry.details()))
        .bind("createdAt", entry.at());
  }
}
