package org.aquastream.event.application.fake;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingScope;
import org.aquastream.event.application.port.in.booking.BookingStatistics;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.application.port.out.booking.OrganizerBookingQueries;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * The organizer's view of bookings over memory; its statistics count the queued waitlist entries of
 * the same events too.
 */
public final class InMemoryOrganizerBookingQueries implements OrganizerBookingQueries {
  private final InMemoryDatabase db;

  public InMemoryOrganizerBookingQueries(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public Page<BookingWithEvent> list(
      BookingScope scope, Optional<BookingStatus> status, PageRequest page) {
    return db.locked(
        () -> {
          List<Booking> all =
              inScope(scope).stream()
                  .filter(b -> status.map(s -> b.status() == s).orElse(true))
                  .sorted(
                      Comparator.comparing(Booking::createdAt)
                          .reversed()
                          .thenComparing(b -> b.id().toString()))
                  .toList();
          List<BookingWithEvent> items =
              all.stream()
                  .skip(page.offset())
                  .limit(page.size())
                  .map(b -> new BookingWithEvent(b, EventSummary.of(db.events.get(b.eventId()))))
                  .toList();
          return Page.of(items, all.size(), page);
        });
  }

  @Override
  public BookingStatistics statistics(BookingScope scope) {
    return db.locked(
        () -> {
          Map<BookingStatus, Long> byStatus = new EnumMap<>(BookingStatus.class);
          Map<BookingStatus, Long> seats = new EnumMap<>(BookingStatus.class);
          BigDecimal revenue = BigDecimal.ZERO;
          for (Booking booking : inScope(scope)) {
            byStatus.merge(booking.status(), 1L, Long::sum);
            seats.merge(booking.status(), (long) booking.seats(), Long::sum);
            if (booking.status() == BookingStatus.CONFIRMED
                || booking.status() == BookingStatus.COMPLETED) {
              revenue = revenue.add(booking.amount().amount());
            }
          }
          List<WaitlistEntry> queued =
              db.waitlist.values().stream()
                  .filter(WaitlistEntry::isQueued)
                  .filter(e -> inScope(scope, e.eventId()))
                  .toList();
          return BookingStatistics.of(
              byStatus,
              seats,
              revenue.setScale(2),
              queued.size(),
              queued.stream().mapToLong(WaitlistEntry::seats).sum());
        });
  }

  private List<Booking> inScope(BookingScope scope) {
    return db.bookings.values().stream().filter(b -> inScope(scope, b.eventId())).toList();
  }

  private boolean inScope(BookingScope scope, EventId eventId) {
    Event event = db.events.get(eventId);
    return scope.organizer().map(event::isOrganizedBy).orElse(true)
        && scope.event().map(eventId::equals).orElse(true);
  }
}
