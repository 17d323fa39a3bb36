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
 * event row is locked only for the seat decrement and the commit (docs/adr/0026).
 */
public interface NewBookings {

  /**
   * The event a user asks to book, read without a lock; empty when there is no such event. A
   * published event may be up to a second old: whatever a booking takes from it (price, title,
   * dates) is fixed once it is published, and the seat decrement checks its status and start again.
   */
  Optional<Event> event(EventId event);

  /**
   * Inserts every booking with its rows, inside the caller's transaction. A booking is not written
   * when its user already holds an active booking of the event, waits in the event's queue (WAITING
   * or NOTIFIED: that user books one at a time, the held seat and the queue in mind), or when its
   * idempotency key is already claimed; its claim may be, so when the answer lacks any of {@code
   * bookings} the caller must roll back. A concurrent uncommitted booking of the same user or claim
   * of the same key makes the call wait until that transaction ends.
   *
   * @return the ids of the bookings written
   */
  Set<BookingId> insertAll(List<NewBooking> bookings);

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
