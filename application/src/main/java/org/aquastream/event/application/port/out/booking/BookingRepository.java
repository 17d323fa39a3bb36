package org.aquastream.event.application.port.out.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;

/** Stores bookings; at most one active (PENDING or CONFIRMED) per user and event. */
public interface BookingRepository {

  /** Stores a new booking; false when the user already holds an active one for the event. */
  boolean insertIfNoActive(Booking booking);

  void update(Booking booking);

  void updateAll(List<Booking> bookings);

  Optional<Booking> findById(BookingId id);

  /** Reads a booking and locks it until the transaction ends (lock its event first). */
  Optional<Booking> lockById(BookingId id);

  Optional<Booking> findActive(EventId event, UserId user);

  /** The booking whose payment has {@code paymentId}; a payment belongs to one booking. */
  Optional<Booking> findByPaymentId(UUID paymentId);

  /** Every active booking of an event, locked until the transaction ends. */
  List<Booking> lockActiveByEvent(EventId event);

  /**
   * Up to {@code limit} PENDING bookings whose {@code expiresAt} lies before {@code cutoff}, the
   * longest overdue first; not locked.
   */
  List<Booking> findDuePending(Instant cutoff, int limit);

  /**
   * Those of {@code ids} that are still PENDING and due before {@code cutoff}, locked until the
   * transaction ends; bookings another transaction holds are skipped, not waited for. Lock their
   * events first.
   */
  List<Booking> lockDuePending(Collection<BookingId> ids, Instant cutoff);
}
