package org.aquastream.event.application.fake;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;

/** Events in memory; seat changes are atomic under the database lock. */
public final class InMemoryEventRepository implements EventRepository {
  private final InMemoryDatabase db;

  public InMemoryEventRepository(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void insert(Event event) {
    db.locked(() -> db.events.put(event.id(), event));
  }

  @Override
  public void update(Event event) {
    db.locked(() -> db.events.put(event.id(), event));
  }

  @Override
  public Optional<Event> findById(EventId id) {
    return db.locked(() -> Optional.ofNullable(db.events.get(id)));
  }

  @Override
  public Optional<Event> lockById(EventId id) {
    return findById(id);
  }

  @Override
  public List<Event> lockAll(Collection<EventId> ids) {
    return db.locked(
        () ->
            ids.stream()
                .distinct()
                .sorted(Comparator.comparing(EventId::toString))
                .map(db.events::get)
                .filter(Objects::nonNull)
                .toList());
  }

  @Override
  public boolean takeSeat(EventId id) {
    return db.locked(
        () -> {
          Event event = db.events.get(id);
          if (event == null || event.available() == 0) {
            return false;
          }
          db.events.put(id, withAvailable(event, event.available() - 1));
          return true;
        });
  }

  @Override
  public void releaseSeat(EventId id) {
    db.locked(
        () -> {
          Event event = db.events.get(id);
          if (event != null && event.available() < event.capacity().value()) {
            db.events.put(id, withAvailable(event, event.available() + 1));
          }
        });
  }

  @Override
  public boolean takeSeats(EventId id, int seats) {
    return db.locked(
        () -> {
          Event event = db.events.get(id);
          if (event == null || seats < 0 || event.available() < seats) {
            return false;
          }
          db.events.put(id, withAvailable(event, event.available() - seats));
          return true;
        });
  }

  @Override
  public void releaseSeats(EventId id, int seats) {
    db.locked(
        () -> {
          Event event = db.events.get(id);
          if (event != null && seats > 0) {
            int available = Math.min(event.capacity().value(), event.available() + seats);
            db.events.put(id, withAvailable(event, available));
          }
        });
  }

  @Override
  public void releaseSeatsAll(Map<EventId, Integer> seats) {
    db.locked(() -> seats.forEach(this::releaseSeats));
  }

  @Override
  public Set<EventId> takeSeatsIfOpen(Map<EventId, Integer> seats, Instant now) {
    return db.locked(
        () -> {
          Set<EventId> taken = new HashSet<>();
          seats.forEach(
              (id, count) -> {
                Event event = db.events.get(id);
                boolean open = event != null && event.whyClosedForBooking(now).isEmpty();
                if (open && takeSeats(id, count)) {
                  taken.add(id);
                }
              });
          return taken;
        });
  }

  @Override
  public List<EventId> findPublishedEndedBefore(Instant now, int limit) {
    return db.locked(
        () ->
            db.events.values().stream()
                .filter(e -> e.status() == EventStatus.PUBLISHED)
                .filter(e -> e.details().schedule().end().isBefore(now))
                .sorted(
                    Comparator.<Event, Instant>comparing(e -> e.details().schedule().end())
                        .thenComparing(e -> e.id().toString()))
                .limit(limit)
                .map(Event::id)
                .toList());
  }

  static Event withAvailable(Event e, int available) {
    return Event.restore(
        e.id(),
        e.organizerId(),
        e.details(),
        e.currency(),
        e.capacity(),
        e.maxSeatsPerBooking(),
        available,
        e.status(),
        e.createdAt(),
        e.updatedAt());
  }
}
