package org.aquastream.event.application.port.in.event;

import java.util.List;
import java.util.Optional;

/**
 * A keyset page of the catalog: up to the requested number of events, and the position to continue
 * after when more follow.
 */
public record EventSlice(List<EventView> items, Optional<EventKeyset> next) {
  public EventSlice {
    items = List.copyOf(items);
  }

  public boolean hasNext() {
    return next.isPresent();
  }
}
