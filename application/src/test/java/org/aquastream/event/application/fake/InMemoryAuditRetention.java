package org.aquastream.event.application.fake;

import java.time.Instant;
import org.aquastream.event.application.port.out.operations.AuditRetention;

/**
 * Deletes old audit rows from the in-memory tables. Its idempotency keys and outbox rows carry no
 * time of writing, so it never deletes those; the PostgreSQL retention is tested on PostgreSQL.
 */
public final class InMemoryAuditRetention implements AuditRetention {
  private final InMemoryDatabase db;

  public InMemoryAuditRetention(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public long deleteBookingLogsBefore(Instant cutoff) {
    return db.locked(
        () -> {
          int before = db.bookingLog.size();
          db.bookingLog.removeIf(entry -> entry.at().isBefore(cutoff));
          return (long) (before - db.bookingLog.size());
        });
  }

  @Override
  public long deleteWaitlistAuditBefore(Instant cutoff) {
    return db.locked(
        () -> {
          int before = db.waitlistAudit.size();
          db.waitlistAudit.removeIf(entry -> entry.at().isBefore(cutoff));
          return (long) (before - db.waitlistAudit.size());
        });
  }

  @Override
  public long deleteIdempotencyKeysBefore(Instant cutoff) {
    return 0;
  }

  @Override
  public long deleteFinishedOutboxBefore(Instant cutoff) {
    return 0;
  }
}
