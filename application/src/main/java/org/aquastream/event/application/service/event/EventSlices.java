package org.aquastream.event.application.service.event;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventSlice;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.PageRequest;

/** Cuts a keyset page of the catalog: one event more than asked tells whether more follow. */
public final class EventSlices {
  private EventSlices() {}

  public static EventSlice fetch(
      EventQueries queries, EventSearch search, Optional<EventKeyset> after, int size) {
    Guard.range("size", size, 1, PageRequest.MAX_SIZE);
    List<EventView> found = queries.searchAfter(search, after, size + 1);
    if (found.size() <= size) {
      return new EventSlice(found, Optional.empty());
    }
    List<EventView> items = found.subList(0, size);
    return new EventSlice(items, Optional.of(EventKeyset.of(items.get(size - 1))));
  }
}
