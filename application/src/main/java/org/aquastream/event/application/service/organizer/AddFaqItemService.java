package org.aquastream.event.application.service.organizer;

import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.AddFaqItemUseCase;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.organizer.FaqContent;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;

/** Adds a question and answer to the FAQ of the organizer the actor acts for. */
public final class AddFaqItemService implements AddFaqItemUseCase {
  private final OrganizerAccess access;
  private final FaqItemRepository faq;
  private final Clock clock;

  public AddFaqItemService(OrganizerAccess access, FaqItemRepository faq, Clock clock) {
    this.access = access;
    this.faq = faq;
    this.clock = clock;
  }

  @Override
  public FaqItem add(Actor actor, Optional<OrganizerId> organizerId, FaqContent content) {
    OrganizerId organizer = access.actingOrganizer(actor, organizerId).id();
    FaqItem item = FaqItem.create(FaqItemId.newId(), organizer, content, clock.now());
    faq.insert(item);
    return item;
  }
}
