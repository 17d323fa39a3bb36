package org.aquastream.event.application.fake;

import java.util.Optional;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.UserId;

/** Organizers in memory, with the same uniqueness as the real table. */
public final class InMemoryOrganizerRepository implements OrganizerRepository {
  private final InMemoryDatabase db;

  public InMemoryOrganizerRepository(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public boolean insert(Organizer organizer) {
    return db.locked(
        () -> {
          boolean clash =
              db.organizers.values().stream()
                  .anyMatch(
                      o ->
                          o.slug().equals(organizer.slug())
                              || o.ownerUserId().equals(organizer.ownerUserId()));
          if (clash || db.organizers.containsKey(organizer.id())) {
            return false;
          }
          db.organizers.put(organizer.id(), organizer);
          return true;
        });
  }

  @Override
  public void update(Organizer organizer) {
    db.locked(() -> db.organizers.put(organizer.id(), organizer));
  }

  @Override
  public Optional<Organizer> findById(OrganizerId id) {
    return db.locked(() -> Optional.ofNullable(db.organizers.get(id)));
  }

  @Override
  public Optional<Organizer> findBySlug(Slug slug) {
    return db.locked(
        () -> db.organizers.values().stream().filter(o -> o.slug().equals(slug)).findFirst());
  }

  @Override
  public Optional<Organizer> findByOwner(UserId owner) {
    return db.locked(
        () -> db.organizers.values().stream().filter(o -> o.isOwnedBy(owner)).findFirst());
  }
}
