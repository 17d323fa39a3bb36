package org.aquastream.event.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.favorite.FavoriteView;
import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;

/** Favorites in memory: one mark per user and event, listed latest first like the SQL one. */
public final class InMemoryFavoriteRepository implements FavoriteRepository {
  private final InMemoryDatabase db;

  public InMemoryFavoriteRepository(InMemoryDatabase db) {
    this.db = db;
  }

  /** The primary key of a mark. */
  record Key(UserId user, EventId event) {}

  @Override
  public boolean add(UserId user, EventId event, Instant at) {
    return db.locked(() -> db.favorites.putIfAbsent(new Key(user, event), at) == null);
  }

  @Override
  public boolean remove(UserId user, EventId event) {
    return db.locked(() -> db.favorites.remove(new Key(user, event)) != null);
  }

  @Override
  public boolean exists(UserId user, EventId event) {
    return db.locked(() -> db.favorites.containsKey(new Key(user, event)));
  }

  @Override
  public long countByEvent(EventId event) {
    return db.locked(
        () -> db.favorites.keySet().stream().filter(k -> k.event().equals(event)).count());
  }

  @Override
  public long countByUser(UserId user) {
    return db.locked(
        () -> db.favorites.keySet().stream().filter(k -> k.user().equals(user)).count());
  }

  @Override
  public Page<FavoriteView> listByUser(UserId user, PageRequest page) {
    return db.locked(
        () -> {
          // Ties break on the event id in PostgreSQL's uuid order (see InMemoryEventQueries).
          List<Map.Entry<Key, Instant>> all =
              db.favorites.entrySet().stream()
                  .filter(e -> e.getKey().user().equals(user))
                  .sorted(
                      Comparator.<Map.Entry<Key, Instant>, Instant>comparing(Map.Entry::getValue)
                          .reversed()
                          .thenComparing(e -> e.getKey().event().toString()))
                  .toList();
          List<FavoriteView> items =
              all.stream()
                  .skip(page.offset())
                  .limit(page.size())
                  .map(e -> new FavoriteView(view(e.getKey().event()), e.getValue()))
                  .toList();
          return Page.of(items, all.size(), page);
        });
  }

  private EventView view(EventId id) {
    Event event = db.events.get(id);
    return new EventView(event, OrganizerSummary.of(db.organizers.get(event.organizerId())));
  }
}
