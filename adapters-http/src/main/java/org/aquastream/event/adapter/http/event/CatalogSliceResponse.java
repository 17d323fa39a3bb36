package org.aquastream.event.adapter.http.event;

import java.util.List;
import org.aquastream.event.application.port.in.event.EventSlice;

/**
 * A keyset page of a catalog list: no total and no page number (counting is what keyset paging
 * saves on deep lists), and {@code nextCursor} while more follow.
 */
public record CatalogSliceResponse(
    List<EventResponse> items, int size, boolean hasNext, String nextCursor) {

  public static CatalogSliceResponse from(EventSlice slice, int size) {
    return new CatalogSliceResponse(
        slice.items().stream().map(EventResponse::from).toList(),
        size,
        slice.hasNext(),
        EventCursor.next(slice.next()).orElse(null));
  }
}
