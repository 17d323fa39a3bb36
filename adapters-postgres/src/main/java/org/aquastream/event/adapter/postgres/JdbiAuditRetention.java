package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import org.aquastream.event.application.port.out.operations.AuditRetention;

/**
 * Deletes old rows in batches of {@link #BATCH} statements, each committed on its own, so that a
 * large backlog never becomes one long transaction or one huge lock set.
 */
final class JdbiAuditRetention implements AuditRetention {
  static final int BATCH = 10_000;

  private final Database database;

  JdbiAuditRetention(Database database) {
    this.database = database;
  }

  @Override
  public long deleteBookingLogsBefore(Instant cutoff) {
    return deleteInBatches(
        """
        DELETE FROM event.booking_logs WHERE id IN (
            SELECT id FROM event.booking_logs WHERE created_at < :cutoff LIMIT :batch)
        """,
        cutoff);
  }

  @Override
  public long deleteWaitlistAuditBefore(Instant cutoff) {
    return deleteInBatches(
        """
        DELETE FROM event.waitlist_audit WHERE id IN (
            SELECT id FROM event.waitlist_audit WHERE created_at < :cutoff LIMIT :batch)
        """,
        cutoff);
  }

  @Override
  public long deleteIdempotencyKeysBefore(Instant cutoff) {
    return deleteInBatches(
        """
        DELETE FROM event.idempotency_keys WHERE (user_id, key) IN (
            SELECT user_id, key FROM event.idempotency_keys
             WHERE created_at < :cutoff LIMIT :batch)
        """,
        cutoff);
  }

  @Override
  public long deleteFinishedOutboxBefore(Instant cutoff) {
    // No index for this: it runs once a day and the oldest rows sit first in the heap, so each
    // batch's scan stops early; an index would cost every outbox write instead.
    return deleteInBatches(
        """
        DELETE FROM event.outbox WHERE id IN (
            SELECT id FROM event.outbox
             WHERE status IN ('SENT', 'SKIPPED') AND created_at < :cutoff LIMIT :batch)
        """,
        cutoff);
  }

  private long deleteInBatches(String sql, Instant cutoff) {
    long total = 0;
    int deleted;
    do {
      deleted = database.update(sql, update -> update.bind("cutoff", cutoff).bind("batch", BATCH));
      total += deleted;
    } while (deleted == BATCH);
    return total;
  }
}
