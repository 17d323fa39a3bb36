package org.aquastream.event.application.port.out.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The relay's side of the outbox. Messages are claimed in short transactions and delivered outside
 * them: a claim moves the messages' due time to the end of a lease, so no other relay takes them
 * meanwhile and a relay that dies leaves them due again once the lease ends. Every message is named
 * by its idempotency key.
 */
public interface OutboxQueue {

  /**
   * Claims up to {@code limit} PENDING messages of {@code kinds} due at {@code now}, the longest
   * due first, skipping those another transaction holds, and leases them until {@code leaseUntil}.
   */
  List<OutboxMessage> claimDue(Set<OutboxKind> kinds, Instant now, int limit, Instant leaseUntil);

  /** The peer took the message; it is done. */
  default void markSent(String idempotencyKey, Instant at) {
    markSentAll(List.of(idempotencyKey), at);
  }

  /** The peers took every one of these messages (a relay batch's); they are done. */
  void markSentAll(Collection<String> idempotencyKeys, Instant at);

  /** The message turned out to be needless (e.g. the booking no longer waits for a payment). */
  void markSkipped(String idempotencyKey, String why, Instant at);

  /** Delivery failed; try again from {@code nextAttemptAt}, keeping the count and the error. */
  void retryLater(String idempotencyKey, int attempts, String error, Instant nextAttemptAt);

  /** Delivery failed for good (attempts used up, or the peer refused it); kept for operators. */
  void markFailed(String idempotencyKey, int attempts, String error, Instant at);

  /** Gives a claimed message back without counting an attempt (its peer is known to be down). */
  void release(String idempotencyKey, Instant dueAt);
}
