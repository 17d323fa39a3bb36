package org.aquastream.event.application.service;

import java.util.Optional;
import org.aquastream.event.application.port.in.BrowseOrganizerEventsUseCase;
import org.aquastream.event.application.port.in.EventKeyset;
import org.aquastream.event.application.port.in.EventSearch;
import org.aquastream.event.application.port.in.EventSlice;
import org.aquastream.event.application.port.in.EventView;
import org.aquastream.event.application.port.out.EventQueries;
import org.aquastream.event.application.port.out.OrganizerRepository;
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
