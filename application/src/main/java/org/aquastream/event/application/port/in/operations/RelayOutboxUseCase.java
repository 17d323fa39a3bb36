package org.aquastream.event.application.port.in.operations;

/**
 * The outbox relay: delivers the notifications, refunds and payment openings recorded in the outbox
 * to their peer services, retrying with backoff and leaving a peer whose circuit is open alone
 * until it recovers.
 */
public interface RelayOutboxUseCase {

  /** One pass over the due messages, in bounded batches. */
  Report relay();

  /**
   * What one pass did.
   *
   * @param sent delivered and done
   * @param retried failed, to be tried again later
   * @param failed failed for good (attempts used up, or refused by the peer)
   * @param skipped no longer needed
   * @param postponed left for later without an attempt because their peer is down
   */
  record Report(int sent, int retried, int failed, int skipped, int postponed) {}
}
