package org.aquastream.event.application.port.out.organizer;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.organizer.OrganizerId;

/** Stores the FAQ items of organizers. */
public interface FaqItemRepository {

  void insert(FaqItem item);

  /** Writes every field of a stored item; an item deleted meanwhile stays deleted. */
  void update(FaqItem item);

  /** Deletes an item; false when there was none. */
  boolean delete(FaqItemId id);

  Optional<FaqItem> findById(FaqItemId id);

  /** One organizer's FAQ in {@link FaqItem#ORDER}. */
  List<FaqItem> listByOrganizer(OrganizerId organizer);
}
