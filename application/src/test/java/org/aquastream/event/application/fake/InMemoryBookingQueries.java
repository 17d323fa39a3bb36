package org.aquastream.event.application.fake;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;

/** Bookings with their events, newest first, from memory. */
public final class InMemoryBookingQueries implements BookingQueries {
  private final InMemoryDatabase db;

  public InMemoryBookingQueries(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public Optional<BookingWithEvent> find(BookingId id) {
    return db.locked(() -> Optional.ofNullable(db.bookings.get(id)).map(this::withEvent));
  }

  @Override
  public Page<BookingWithEvent> listByUser(
      UserId user, Optional<BookingStatus> status, PageRequest page) {
    return db.locked(
        () -> {
          List<Booking> all =
              db.bookings.values().stream()
                  .filter(b -> b.belongsTo(user))
                  .filter(b -> status.map(s -> b.status() == s).orElse(true))
                  // Ties break on the id in PostgreSQL's uuid order (see InMemoryEventQueries).
                  .sorted(
                      Comparator.comparing(Booking::createdAt)
                          .reversed()
                          .thenComparing(b -> b.id().toString()))
                  .toList();
          List<BookingWithEvent> items =
              all.stream().skip(page.offset()).limit(page.size()).map(this::withEvent).toList();
          return Page.of(items, all.size(), page);
        });
  }

  private BookingWithEvent withEvent(Booking booking) {
    return new BookingWithEvent(booking, EventSummary.of(db.events.get(booking.eventId())));
  }
}
