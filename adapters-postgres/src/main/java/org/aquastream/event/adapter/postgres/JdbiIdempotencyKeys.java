package org.aquastream.event.adapter.postgres;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.UserId;

/** Remembers in {@code event.idempotency_keys} which booking each user's key produced. */
final class JdbiIdempotencyKeys implements IdempotencyKeys {
  // The stored row can vanish between insert and read only if retention deletes it meanwhile.
  private static final int MAX_ATTEMPTS = 3;

  private final Database database;

  JdbiIdempotencyKeys(Database database) {
    this.database = database;
  }

  @Override
  public Claim claim(UserId user, String key, String fingerprint) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (insert(user, key, fingerprint)) {
        return new Claim.Fresh();
      }
      Optional<Stored> stored = find(user, key);
      if (stored.isPresent()) {
        return stored.get().claimFor(fingerprint);
      }
    }
    throw new IllegalStateException("idempotency key " + key + " keeps vanishing");
  }

  @Override
  public Claim peek(UserId user, String key, String fingerprint) {
    return find(user, key).map(stored -> stored.claimFor(fingerprint)).orElse(new Claim.Fresh());
  }

  @Override
  public void complete(UserId user, String key, BookingId booking) {
    database.withHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    UPDATE event.idempotency_keys SET booking_id = :bookingId
                     WHERE user_id = :userId AND key = :key
                    """)
                .bind("bookingId", booking.value())
                .bind("userId", user.value())
                .bind("key", key)
                .execute());
  }

  /**
   * True when this call stored the key. A concurrent transaction's uncommitted claim of the same
   * key makes the insert wait until that transaction ends: no row when it commits, ours when it
   * rolls back.
   */
  private boolean insert(UserId user, String key, String fingerprint) {
    return database.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
                        INSERT INTO event.idempotency_keys (user_id, key, fingerprint, created_at)
                        VALUES (:userId, :key, :fingerprint, now())
                        ON CONFLICT (user_id, key) DO NOTHING
                        """)
                    .bind("userId", user.value())
                    .bind("key", key)
                    .bind("fingerprint", fingerprint)
                    .execute())
        == 1;
  }

  private Optional<Stored> find(UserId user, String key) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT fingerprint, booking_id FROM event.idempotency_keys
                     WHERE user_id = :userId AND key = :key
                    """)
                .bind("userId", user.value())
                .bind("key", key)
                .map(
                    (rs, ctx) ->
                        new Stored(rs.getString("fingerprint"), Columns.uuid(rs, "booking_id")))
                .findOne());
  }

  /** A stored key: the request it was used for and, once completed, the booking it made. */
  private record Stored(String fingerprint, UUID bookingId) {
    Stored {
      Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The same request again replays its booking; anything else misuses the key. */
    Claim claimFor(String requestFingerprint) {
      return fingerprint.equals(requestFingerprint) && bookingId != null
          ? new Claim.Replay(new BookingId(bookingId))
          : new Claim.Mismatch();
    }
  }
}
