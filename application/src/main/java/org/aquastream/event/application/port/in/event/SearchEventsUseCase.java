package org.aquastream.event.application.port.in.event;

import java.util.Optional;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** Anyone browses the public catalog, sorted by start date. */
public interface SearchEventsUseCase {
  Page<EventView> search(EventSearch search, PageRequest page);

  /**
   * The catalog as a keyset page of {@code size} events (1 to {@link PageRequest#MAX_SIZE}) after
   * {@code after}, or from the start.
   */
  EventSlice searchAfter(EventSearch search, Optional<EventKeyset> after, int size);
}
