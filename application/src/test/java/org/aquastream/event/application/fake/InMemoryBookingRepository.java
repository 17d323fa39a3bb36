package org.aquastream.event.application.fake;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;

/** Bookings in memory, with the one-active-booking-per-user-and-event rule of the real index. */
public final class InMemoryBookingRepository implements BookingRepository {
  private final InMemoryDatabase db;

  public InMemoryBookingRepository(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public boolean insertIfNoActive(Booking booking) {
    return db.locked(
        () -> {
          if (findActive(booking.eventId(), booking.userId()).isPresent()) {
            return false;
          }
          db.bookings.put(booking.id(), booking);
          return true;
        });
  }

  @Override
  public void update(Booking booking) {
    db.locked(() -> db.bookings.put(booking.id(), booking));
  }

  @Override
  public void updateAll(List<Booking> bookings) {
    db.locked(() -> bookings.forEach(this::update));
  }

  @Override
  public Optional<Booking> findById(BookingId id) {
    return db.locked(() -> Optional.ofNullable(db.bookings.get(id)));
  }

  @Override
  public Optional<Booking> lockById(BookingId id) {
    return findById(id);
  }

  @Override
  public Optional<Booking> findActive(EventId event, UserId user) {
    return db.locked(
        () ->
            db.bookings.values().stream()
                .filter(b -> b.eventId().equals(event) && b.belongsTo(user))
                .filter(b -> b.status().holdsSeat())
                .findFirst());
  }

  @Override
  public Optional<Booking> findByPaymentId(UUID paymentId) {
    return db.locked(
        () ->
            db.bookings.values().stream()
                .filter(b -> b.paymentId().filter(paymentId::equals).isPresent())
                .findFirst());
  }

  @Override
  public List<Booking> lockActiveByEvent(EventId event) {
    return db.locked(
        () ->
            db.bookings.values().stream()
                .filter(b -> b.eventId().equals(event) && b.status().holdsSeat())
                .toList());
  }

  @Override
  public List<Booking> findDuePending(Instant cutoff, int limit) {
    return db.locked(
        () ->
            db.bookings.values().stream()
                .filter(b -> isDue(b, cutoff))
                .sorted(
                    Comparator.<Booking, Instant>comparing(b -> b.expiresAt().orElseThrow())
                        .thenComparing(b -> b.id().toString()))
                .limit(limit)
                .toList());
  }

  @Override
  public List<Booking> lockDuePending(Collection<BookingId> ids, Instant cutoff) {
    Set<BookingId> wanted = new HashSet<>(ids);
    return db.locked(
        () ->
            db.bookings.values().stream()
                .filter(b -> wanted.contains(b.id()) && isDue(b, cutoff))
                .sorted(Comparator.comparing(b -> b.id().toString()))
                .toList());
  }

  private static boolean isDue(Booking booking, Instant cutoff) {
    return booking.status() == BookingStatus.PENDING
        && booking.expiresAt().orElseThrow().isBefore(cutoff);
  }
}
