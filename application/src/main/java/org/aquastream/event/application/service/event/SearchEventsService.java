package org.aquastream.event.application.service.event;

import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventSlice;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.event.SearchEventsUseCase;
import org.aquastream.event.application.port.out.event.EventQueries;
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
