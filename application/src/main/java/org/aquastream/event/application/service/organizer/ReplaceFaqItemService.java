package org.aquastream.event.application.service.organizer;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.organizer.ReplaceFaqItemUseCase;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.organizer.FaqContent;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.shared.Actor;

/** Replaces a FAQ item, for the item's own organizer or an ADMIN. */
public final class ReplaceFaqItemService implements ReplaceFaqItemUseCase {
  private final OrganizerAccess access;
  private final FaqItemRepository faq;
  private final Clock clock;

  public ReplaceFaqItemService(OrganizerAccess access, FaqItemRepository faq, Clock clock) {
    this.access = access;
    this.faq = faq;
    this.clock = clock;
  }

  @Override
  public FaqItem replace(Actor actor, FaqItemId id, FaqContent content) {
    FaqItem item = faq.findById(id).orElseThrow(() -> new NotFoundException("FAQ item", id));
    access.requireActsFor(actor, item.organizerId());
    FaqItem replaced = item.replace(content, clock.now());
    faq.update(replaced);
    return replaced;
  }
}
