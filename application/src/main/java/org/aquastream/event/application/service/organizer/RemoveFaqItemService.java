package org.aquastream.event.application.service.organizer;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.organizer.RemoveFaqItemUseCase;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.shared.Actor;

/** Removes a FAQ item, for the item's own organizer or an ADMIN. */
public final class RemoveFaqItemService implements RemoveFaqItemUseCase {
  private final OrganizerAccess access;
  private final FaqItemRepository faq;

  public RemoveFaqItemService(OrganizerAccess access, FaqItemRepository faq) {
    this.access = access;
    this.faq = faq;
  }

  @Override
  public void remove(Actor actor, FaqItemId id) {
    FaqItem item = faq.findById(id).orElseThrow(() -> new NotFoundException("FAQ item", id));
    access.requireActsFor(actor, item.organizerId());
    faq.delete(id);
  }
}
