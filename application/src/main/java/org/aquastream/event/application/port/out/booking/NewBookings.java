package org.aquastream.event.application.port.out.booking;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.outbox.OutboxEntry;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;

/**
 * Writes new bookings the short way: every row a batch of bookings needs (bookings, audit rows,
 * outbox messages, idempotency claims) in one round trip, before their seats are taken, so that the
 * event row is locked only for the seat decrement and the commit (docs/adr/0024).
 */
public interface NewBookings {

  /**
   * The event a user asks to book, read without a lock, and whether that user holds a place in its
   * waitlist queue (WAITING or NOTIFIED); empty when there is no such event.
   */
  Optional<Target> target(EventId event, UserId user);

  /**
   * Inserts every booking with its rows, inside the caller's transaction. A booking whose user
   * already holds an active booking of the event, or whose idempotency key is already claimed, is
   * not written; its claim may be, so when the answer lacks any of {@code bookings} the caller must
   * roll back. A concurrent uncommitted booking of the same user or claim of the same key makes the
   * call wait until that transaction ends.
   *
   * @return the ids of the bookings written
   */
  Set<BookingId> insertAll(List<NewBooking> bookings);

  /** What a booking request found: the event, and whether the user waits in its queue. */
  record Target(Event event, boolean queued) {
    public Target {
      Objects.requireNonNull(event, "event");
    }
  }

  /**
   * One new booking and what is written with it: its audit row, its outbox messages and, when the
   * request carried an idempotency key, the claim of that key (which names the booking at once).
   */
  record NewBooking(
      Booking booking,
      BookingLogEntry created,
      List<OutboxEntry> followUps,
      Optional<KeyClaim> keyClaim) {
    public NewBooking {
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(created, "created");
      followUps = List.copyOf(followUps);
      Objects.requireNonNull(keyClaim, "keyClaim");
      if (!created.bookingId().equals(booking.id())) {
        throw new IllegalArgumentException("the audit row must be the booking's own");
      }
    }
  }

  /** A user's idempotency key and the fingerprint of the request that used it. */
  record KeyClaim(UserId user, String key, String fingerprint) {
    public KeyClaim {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }
  }
}
