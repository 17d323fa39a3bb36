package org.aquastream.event.application.port.in.event;

import java.util.Optional;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** Anyone browses one organizer's part of the catalog, with the catalog's filters and order. */
public interface BrowseOrganizerEventsUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown slug
   */
  Page<EventView> browse(Slug organizer, EventSearch search, PageRequest page);

  /** The same as a keyset page; see {@link SearchEventsUseCase#searchAfter}. */
  EventSlice browseAfter(Slug organizer, EventSearch search, Optional<EventKeyset> after, int size);
}
