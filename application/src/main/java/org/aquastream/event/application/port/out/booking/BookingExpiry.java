package org.aquastream.event.application.port.out.booking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/**
 * Expires due PENDING bookings a batch at a time with a handful of set statements, whatever the
 * batch's size (docs/adr/0027): the events of the batch are locked first, in id order, then their
 * due bookings are expired together with their audit rows and notifications. Both calls belong to
 * the caller's transaction.
 */
public interface BookingExpiry {

  /**
   * Locks, in id order, the events of the next {@code limit} PENDING bookings whose {@code
   * expiresAt} is before {@code cutoff}, earliest first; the events in that order, none when
   * nothing is due.
   */
  default List<Event> lockEventsOfDue(Instant cutoff, int limit) {
    return lockEventsOfDue(cutoff, limit, Share.ALL);
  }

  /** As {@link #lockEventsOfDue(Instant, int)}, counting only the due bookings of {@code share}. */
  List<Event> lockEventsOfDue(Instant cutoff, int limit, Share share);

  /**
   * Expires up to {@code batch.limit()} PENDING bookings of {@code events} (locked by the caller)
   * that are due before {@code batch.cutoff()}, earliest first; one that another transaction is
   * changing is waited for and left alone if it is no longer due. Each becomes EXPIRED at {@code
   * batch.now()} exactly as {@code Booking.expire} makes it, gets its audit row (a status change by
   * the system, details {@code reason}) and its booking.expired notification in the outbox, with
   * the data every booking notification carries.
   *
   * @return how many bookings were expired, and the seats each event got back
   */
  Expired expire(List<Event> events, Batch batch);

  /** What a batch expired: its bookings, and their seats per event. */
  record Expired(int bookings, Map<EventId, Integer> seats) {
    public Expired {
      seats = Map.copyOf(seats);
    }

    public static Expired nothing() {
      return new Expired(0, Map.of());
    }
  }

  /**
   * Which bookings count as due, when they expire, how many at most, the audit reason, and the
   * share of the events whose bookings the batch expires.
   */
  record Batch(Instant cutoff, Instant now, int limit, String reason, Share share) {
    public Batch {
      Objects.requireNonNull(cutoff, "cutoff");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(share, "share");
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be positive");
      }
    }

    public Batch(Instant cutoff, Instant now, int limit, String reason) {
      this(cutoff, now, limit, reason, Share.ALL);
    }

    /** The same batch for another share of the events. */
    public Batch of(Share other) {
      return new Batch(cutoff, now, limit, reason, other);
    }
  }

  /**
   * Share {@code index} of {@code count} disjoint shares of the events, by the last byte of the
   * event's id: batches of different shares never lock the same event or booking, so they can run
   * side by side without waiting for, or deadlocking with, each other.
   */
  record Share(int index, int count) {
    public static final Share ALL = new Share(0, 1);

    public Share {
      if (count < 1 || count > 256 || index < 0 || index >= count) {
        throw new IllegalArgumentException("share " + index + " of " + count);
      }
    }

    /** Whether the bookings of {@code event} belong to this share. */
    public boolean contains(EventId event) {
      return (int) (event.value().getLeastSignificantBits() & 0xff) % count == index;
    }
  }
}
