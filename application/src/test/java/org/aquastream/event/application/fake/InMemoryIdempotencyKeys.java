package org.aquastream.event.application.fake;

import java.util.Optional;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.UserId;

/** Idempotency keys in memory, scoped per user like the real table. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  private final InMemoryDatabase db;

  public InMemoryIdempotencyKeys(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public Claim claim(UserId user, String key, String fingerprint) {
    return db.locked(
        () -> {
          Entry existing = db.idempotencyKeys.get(id(user, key));
          if (existing == null) {
            db.idempotencyKeys.put(id(user, key), new Entry(fingerprint, Optional.empty()));
            return new Claim.Fresh();
          }
          return existing.claimFor(fingerprint);
        });
  }

  @Override
  public Claim peek(UserId user, String key, String fingerprint) {
    return db.locked(
        () -> {
          Entry existing = db.idempotencyKeys.get(id(user, key));
          return existing == null ? new Claim.Fresh() : existing.claimFor(fingerprint);
        });
  }

  @Override
  public void complete(UserId user, String key, BookingId booking) {
    db.locked(
        () ->
            db.idempotencyKeys.computeIfPresent(
                id(user, key), (k, e) -> new Entry(e.fingerprint(), Optional.of(booking))));
  }

  /** True when {@code user} has used {@code key} before, whatever for. */
  boolean isKnown(UserId user, String key) {
    return db.locked(() -> db.idempotencyKeys.containsKey(id(user, key)));
  }

  private static String id(UserId user, String key) {
    return user + "/" + key;
  }

  record Entry(String fingerprint, Optional<BookingId> booking) {
    Claim claimFor(String requestFingerprint) {
      return fingerprint.equals(requestFingerprint) && booking.isPresent()
          ? new Claim.Replay(booking.get())
          : new Claim.Mismatch();
    }
  }
}
