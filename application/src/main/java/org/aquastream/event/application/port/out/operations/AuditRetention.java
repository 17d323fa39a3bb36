package org.aquastream.event.application.port.out.operations;

import java.time.Instant;

/**
 * Deletes audit rows, idempotency keys and delivered outbox messages that have outlived their
 * retention, in bounded batches so that no single transaction grows with the backlog.
 */
public interface AuditRetention {

  /** Deletes booking_logs rows written before {@code cutoff}; returns how many. */
  long deleteBookingLogsBefore(Instant cutoff);

  /** Deletes waitlist_audit rows written before {@code cutoff}; returns how many. */
  long deleteWaitlistAuditBefore(Instant cutoff);

  /** Deletes idempotency keys claimed before {@code cutoff}; returns how many. */
  long deleteIdempotencyKeysBefore(Instant cutoff);

  /**
   * Deletes outbox messages written before {@code cutoff} that are done with (SENT or SKIPPED);
   * PENDING and FAILED ones stay, for the relay and for operators; returns how many.
   */
  long deleteFinishedOutboxBefore(Instant cutoff);
}
