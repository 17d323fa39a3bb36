package org.aquastream.event.application.service.operations;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import org.aquastream.event.application.port.in.operations.ApplyAuditRetentionUseCase;
import org.aquastream.event.application.port.out.operations.AuditRetention;
import org.aquastream.event.application.port.out.shared.Clock;

/**
 * Deletes booking_logs and waitlist_audit rows and delivered (or skipped) outbox messages older
 * than the audit retention ({@code app.event.audit.retain-days}), and idempotency keys older than
 * {@link #IDEMPOTENCY_KEY_LIFETIME}: a client retrying a booking request after a day gets a new
 * booking, not the old answer.
 */
public final class ApplyAuditRetentionService implements ApplyAuditRetentionUseCase {
  public static final Duration IDEMPOTENCY_KEY_LIFETIME = Duration.ofDays(1);
  private static final System.Logger LOG =
      System.getLogger(ApplyAuditRetentionService.class.getName());

  private final AuditRetention retention;
  private final Duration auditRetention;
  private final Clock clock;

  public ApplyAuditRetentionService(
      AuditRetention retention, Duration auditRetention, Clock clock) {
    if (auditRetention.isNegative() || auditRetention.isZero()) {
      throw new IllegalArgumentException("auditRetention must be positive");
    }
    this.retention = retention;
    this.auditRetention = auditRetention;
    this.clock = clock;
  }

  @Override
  public Purged applyRetention() {
    Instant now = clock.now();
    Instant auditCutoff = now.minus(auditRetention);
    Purged purged =
        new Purged(
            retention.deleteBookingLogsBefore(auditCutoff),
            retention.deleteWaitlistAuditBefore(auditCutoff),
            retention.deleteIdempotencyKeysBefore(now.minus(IDEMPOTENCY_KEY_LIFETIME)),
            retention.deleteFinishedOutboxBefore(auditCutoff));
    LOG.log(
        Level.INFO,
        "Audit retention: deleted {0} booking_logs and {1} waitlist_audit rows before {2},"
            + " {3} idempotency keys, {4} delivered outbox messages",
        String.valueOf(purged.bookingLogs()),
        String.valueOf(purged.waitlistAudit()),
        auditCutoff,
        String.valueOf(purged.idempotencyKeys()),
        String.valueOf(purged.finishedOutbox()));
    return purged;
  }
}
