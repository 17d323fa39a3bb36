package org.aquastream.event.application.port.out.booking;

import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.UserId;

/**
 * Remembers which booking a client's idempotency key produced. A claim waits for a concurrent claim
 * of the same key to finish, so two retries never both book.
 */
public interface IdempotencyKeys {

  /** Claims {@code key} for a request whose content is summarised by {@code fingerprint}. */
  Claim claim(UserId user, String key, String fingerprint);

  /**
   * What a claim would find now, without claiming: {@link Claim.Fresh} when the key is unknown (or
   * claimed only by a transaction that has not committed yet).
   */
  Claim peek(UserId user, String key, String fingerprint);

  /** Records the booking that the claimed key produced, in the same transaction. */
  void complete(UserId user, String key, BookingId booking);

  /** What a claim found. */
  sealed interface Claim {
    /** The key is new; go ahead. */
    record Fresh() implements Claim {}

    /** The same request was made before and produced this booking. */
    record Replay(BookingId booking) implements Claim {}

    /** The key was used before for a different request. */
    record Mismatch() implements Claim {}
  }
}
