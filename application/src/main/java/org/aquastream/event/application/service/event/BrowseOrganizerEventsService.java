package org.aquastream.event.application.service.event;

import java.util.Optional;
import org.aquastream.event.application.port.in.event.BrowseOrganizerEventsUseCase;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventSlice;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.application.service.organizer.Organizers;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** One organizer's part of the public catalog. */
public final class BrowseOrganizerEventsService implements BrowseOrganizerEventsUseCase {
  private final OrganizerRepository organizers;
  private final EventQueries queries;

  public BrowseOrganizerEventsService(OrganizerRepository organizers, EventQueries queries) {
    this.organizers = organizers;
    this.queries = queries;
  }

  @Override
  public Page<EventView> browse(Slug organizer, EventSearch search, PageRequest page) {
    return queries.search(narrowed(organizer, search), page);
  }

  @Override
  public EventSlice browseAfter(
      Slug organizer, EventSearch search, Optional<EventKeyset> after, int size) {
    return EventSlices.fetch(queries, narrowed(organizer, search), after, size);
  }

  private EventSearch narrowed(Slug slug, EventSearch search) {
    return search.forOrganizer(Organizers.bySlug(organizers, slug).id());
  }
}
