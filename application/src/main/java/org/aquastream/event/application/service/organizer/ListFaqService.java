package org.aquastream.event.application.service.organizer;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.ListFaqUseCase;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Actor;

/** An organizer's FAQ, publicly by slug or in the organizer's own workspace. */
public final class ListFaqService implements ListFaqUseCase {
  private final OrganizerRepository organizers;
  private final OrganizerAccess access;
  private final FaqItemRepository faq;

  public ListFaqService(
      OrganizerRepository organizers, OrganizerAccess access, FaqItemRepository faq) {
    this.organizers = organizers;
    this.access = access;
    this.faq = faq;
  }

  @Override
  public List<FaqItem> ofOrganizer(Slug slug) {
    return faq.listByOrganizer(Organizers.bySlug(organizers, slug).id());
  }

  @Override
  public List<FaqItem> own(Actor actor, Optional<OrganizerId> organizerId) {
    return faq.listByOrganizer(access.actingOrganizer(actor, organizerId).id());
  }
}
