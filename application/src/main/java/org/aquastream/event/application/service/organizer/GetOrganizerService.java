package org.aquastream.event.application.service.organizer;

import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.organizer.GetOrganizerUseCase;
import org.aquastream.event.application.port.in.organizer.OrganizerPage;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.PageRequest;

/** An organizer's public page: profile, next published events, team and FAQ. */
public final class GetOrganizerService implements GetOrganizerUseCase {
  private static final PageRequest UPCOMING = new PageRequest(0, OrganizerPage.MAX_UPCOMING);

  private final OrganizerRepository organizers;
  private final EventQueries events;
  private final TeamMemberRepository team;
  private final FaqItemRepository faq;
  private final Clock clock;

  public GetOrganizerService(
      OrganizerRepository organizers,
      EventQueries events,
      TeamMemberRepository team,
      FaqItemRepository faq,
      Clock clock) {
    this.organizers = organizers;
    this.events = events;
    this.team = team;
    this.faq = faq;
    this.clock = clock;
  }

  @Override
  public OrganizerPage get(Slug slug) {
    Organizer organizer = Organizers.bySlug(organizers, slug);
    EventSearch upcoming =
        EventSearch.published().forOrganizer(organizer.id()).startingFrom(clock.now());
    return new OrganizerPage(
        organizer,
        events.search(upcoming, UPCOMING).items(),
        team.listByOrganizer(organizer.id()),
        faq.listByOrganizer(organizer.id()));
  }
}
