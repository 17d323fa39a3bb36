package org.aquastream.event.application.fake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.OutboxEntry;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/** New bookings written into the in-memory tables, each with all its rows or not at all. */
public final class InMemoryNewBookings implements NewBookings {
  private final InMemoryDatabase db;
  private final InMemoryBookingRepository bookings;
  private final InMemoryBookingLog log;
  private final InMemoryOutbox outbox;
  private final InMemoryIdempotencyKeys keys;
  private final InMemoryWaitlistRepository waitlist;

  public InMemoryNewBookings(InMemoryDatabase db) {
    this.db = db;
    this.bookings = new InMemoryBookingRepository(db);
    this.log = new InMemoryBookingLog(db);
    this.outbox = new InMemoryOutbox(db);
    this.keys = new InMemoryIdempotencyKeys(db);
    this.waitlist = new InMemoryWaitlistRepository(db);
  }

  @Override
  public Optional<Event> event(EventId event) {
    return db.locked(() -> Optional.ofNullable(db.events.get(event)));
  }

  @Override
  public Set<BookingId> insertAll(List<NewBooking> newBookings) {
    return db.locked(
        () -> {
          Set<BookingId> written = new LinkedHashSet<>();
          for (NewBooking fresh : newBookings) {
            Booking booking = fresh.booking();
            boolean keyTaken =
                fresh
                    .keyClaim()
                    .filter(claim -> keys.isKnown(claim.user(), claim.key()))
                    .isPresent();
            boolean queued = waitlist.findQueued(booking.eventId(), booking.userId()).isPresent();
            if (keyTaken || queued || !bookings.insertIfNoActive(booking)) {
              continue;
            }
            log.append(fresh.created());
            fresh.followUps().forEach(this::enqueue);
            fresh
                .keyClaim()
                .ifPresent(
                    claim -> {
                      keys.claim(claim.user(), claim.key(), claim.fingerprint());
                      keys.complete(claim.user(), claim.key(), fresh.booking().id());
                    });
            written.add(fresh.booking().id());
          }
          return written;
        });
  }

  private void enqueue(OutboxEntry entry) {
    switch (entry.payload()) {
      case Notification notification -> outbox.enqueue(notification);
      case PaymentRequest payment -> outbox.enqueuePaymentStart(payment, entry.dueAt());
      case Refund refund -> outbox.enqueueRefund(refund);
    }
  }
}
