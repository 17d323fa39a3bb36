package org.aquastream.event.application.port.in.operations;

/**
 * The retention job: audit rows older than {@code app.event.audit.retain-days} and idempotency keys
 * older than a day are deleted.
 */
public interface ApplyAuditRetentionUseCase {

  /** Runs once; returns what was deleted. */
  Purged applyRetention();

  /** How many rows of each kind were deleted. */
  record Purged(long bookingLogs, long waitlistAudit, long idempotencyKeys, long finishedOutbox) {}
}
