package org.aquastream.event.adapter.http.event;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.domain.shared.Page;

/**
 * A numbered page of a catalog list: the usual page envelope plus {@code nextCursor}, so that a
 * client may continue with keyset pages from here (null on the last page).
 */
public record CatalogPageResponse(
    List<EventResponse> items,
    long total,
    int page,
    int size,
    int totalPages,
    boolean hasNext,
    boolean hasPrevious,
    String nextCursor) {

  public static CatalogPageResponse from(Page<EventView> page) {
    Optional<EventKeyset> last =
        page.hasNext() && !page.items().isEmpty()
            ? Optional.of(EventKeyset.of(page.items().get(page.items().size() - 1)))
            : Optional.empty();
    return new CatalogPageResponse(
        page.items().stream().map(EventResponse::from).toList(),
        page.total(),
        page.page(),
        page.size(),
        page.totalPages(),
        page.hasNext(),
        page.hasPrevious(),
        EventCursor.next(last).orElse(null));
  }
}
