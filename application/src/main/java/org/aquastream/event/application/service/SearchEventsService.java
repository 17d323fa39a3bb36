package org.aquastream.event.application.service;

import java.util.Optional;
import org.aquastream.event.application.port.in.EventKeyset;
import org.aquastream.event.application.port.in.EventSearch;
import org.aquastream.event.application.port.in.EventSlice;
import org.aquastream.event.application.port.in.EventView;
import org.aquastream.event.application.port.in.SearchEventsUseCase;
import org.aquastream.event.application.port.out.EventQueries;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** The public catalog. */
public final class SearchEventsService implements SearchEventsUseCase {
  private final EventQueries queries;

  public SearchEventsService(EventQueries queries) {
    this.queries = queries;
  }

  @Override
  public Page<EventView> search(EventSearch search, PageRequest page) {
    return queries.search(search, page);
  }

  @Override
  public EventSlice searchAfter(EventSearch search, Optional<EventKeyset> after, int size) {
    return EventSlices.fetch(queries, search, after, size);
  }
}
