package org.aquastream.event.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aquastream.event.application.port.out.booking.BookingExpiry;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.service.booking.BookingFollowUps;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/** Due bookings expired one by one in the in-memory tables, through the domain's own rules. */
public final class InMemoryBookingExpiry implements BookingExpiry {
  private final InMemoryDatabase db;
  private final InMemoryEventRepository events;
  private final InMemoryBookingLog log;
  private final InMemoryOutbox outbox;

  public InMemoryBookingExpiry(InMemoryDatabase db) {
    this.db = db;
    this.events = new InMemoryEventRepository(db);
    this.log = new InMemoryBookingLog(db);
    this.outbox = new InMemoryOutbox(db);
  }

  @Override
  public List<Event> lockEventsOfDue(Instant cutoff, int limit, Share share) {
    return db.locked(
        () ->
            events.lockAll(
                due(cutoff, share, Optional.empty()).limit(limit).map(Booking::eventId).toList()));
  }

  @Override
  public Expired expire(List<Event> locked, Batch batch) {
    return db.locked(
        () -> {
          Map<EventId, Event> byId =
              locked.stream().collect(Collectors.toMap(Event::id, event -> event));
          Map<EventId, Integer> freed = new LinkedHashMap<>();
          int bookings = 0;
          for (Booking booking :
              due(batch.cutoff(), batch.share(), Optional.of(byId.keySet()))
                  .limit(batch.limit())
                  .toList()) {
            Booking expired = booking.expire(batch.now());
            db.bookings.put(expired.id(), expired);
            log.append(
                BookingLogEntry.change(
                    booking, expired, Optional.empty(), Map.of("reason", batch.reason())));
            outbox.enqueue(
                BookingFollowUps.notification(
                    NotificationTemplate.BOOKING_EXPIRED, expired, byId.get(expired.eventId())));
            freed.merge(expired.eventId(), expired.seats(), Integer::sum);
            bookings++;
          }
          return new Expired(bookings, freed);
        });
  }

  private Stream<Booking> due(Instant cutoff, Share share, Optional<Set<EventId>> of) {
    return db.bookings.values().stream()
        .filter(b -> b.status() == BookingStatus.PENDING)
        .filter(b -> share.contains(b.eventId()))
        .filter(b -> b.expiresAt().filter(at -> at.isBefore(cutoff)).isPresent())
        .filter(b -> of.map(ids -> ids.contains(b.eventId())).orElse(true))
        .sorted(Comparator.comparing(b -> b.expiresAt().orElseThrow()));
  }
}
