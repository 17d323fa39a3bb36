package org.aquastream.event.application.port.in;

import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** Anyone browses the public catalog, sorted by start date. */
public interface SearchEventsUseCase {
  Page<EventView> search(EventSearch search, PageRequest page);
}
