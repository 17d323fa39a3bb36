package org.aquastream.event.application.fake;

import java.util.Optional;
import org.aquastream.event.application.port.out.EventRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

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

  static Event withAvailable(Event e, int available) {
    return Event.restore(
        e.id(),
        e.organizerId(),
        e.details(),
        e.currency(),
        e.capacity(),
        available,
        e.status(),
        e.createdAt(),
        e.updatedAt());
  }
}
