package org.aquastream.event.application.fake;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.organizer.OrganizerId;

/** FAQ items in memory, listed in the same order as the SQL one. */
public final class InMemoryFaqItemRepository implements FaqItemRepository {
  private final InMemoryDatabase db;

  public InMemoryFaqItemRepository(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void insert(FaqItem item) {
    db.locked(() -> db.faqItems.put(item.id(), item));
  }

  @Override
  public void update(FaqItem item) {
    db.locked(() -> db.faqItems.computeIfPresent(item.id(), (id, old) -> item));
  }

  @Override
  public boolean delete(FaqItemId id) {
    return db.locked(() -> db.faqItems.remove(id) != null);
  }

  @Override
  public Optional<FaqItem> findById(FaqItemId id) {
    return db.locked(() -> Optional.ofNullable(db.faqItems.get(id)));
  }

  @Override
  public List<FaqItem> listByOrganizer(OrganizerId organizer) {
    return db.locked(
        () ->
            db.faqItems.values().stream()
                .filter(f -> f.belongsTo(organizer))
                .sorted(FaqItem.ORDER)
                .toList());
  }
}
