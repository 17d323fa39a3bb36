package org.aquastream.event.adapter.http.event;

import io.javalin.http.Context;
import java.util.Optional;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.adapter.http.common.RequestValidationException;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.PageRequest;

/**
 * The query of a catalog list (GET /events, GET /organizers/{slug}/events): the filters, and either
 * a numbered page ({@code page}, {@code size}) or a keyset page ({@code cursor}, {@code size}).
 * {@code page} and {@code cursor} together are refused rather than one silently winning.
 */
public record CatalogRequest(EventSearch search, Optional<Keyset> keyset, PageRequest page) {

  /** A keyset page: continue after {@code after}, or from the start when it is empty. */
  public record Keyset(Optional<EventKeyset> after, int size) {}

  public static CatalogRequest from(Context ctx) {
    EventSearch search =
        new EventSearch(
            Params.queryEnum(ctx, "status", EventStatus.class).orElse(EventStatus.PUBLISHED),
            Params.query(ctx, "type"),
            Params.queryDecimal(ctx, "minPrice"),
            Params.queryDecimal(ctx, "maxPrice"),
            Params.queryInstant(ctx, "dateFrom", false),
            Params.queryInstant(ctx, "dateTo", true),
            Params.query(ctx, "search"),
            Params.query(ctx, "tag"));
    PageRequest page = Params.page(ctx);
    Optional<String> cursor = Params.query(ctx, EventCursor.PARAM);
    if (cursor.isEmpty()) {
      return new CatalogRequest(search, Optional.empty(), page);
    }
    if (Params.query(ctx, "page").isPresent()) {
      throw RequestValidationException.of(
          EventCursor.PARAM, "cursor and page cannot be combined; a cursor carries its position");
    }
    Keyset keyset = new Keyset(Optional.of(EventCursor.decode(cursor.get())), page.size());
    return new CatalogRequest(search, Optional.of(keyset), page);
  }
}
