package org.aquastream.event.adapter.http.common;

import java.util.List;
import java.util.function.Function;
import org.aquastream.event.domain.shared.Page;

/** The page envelope of every list endpoint. */
public record PageResponse<T>(
    List<T> items,
    long total,
    int page,
    int size,
    int totalPages,
    boolean hasNext,
    boolean hasPrevious) {

  public static <V, T> PageResponse<T> from(Page<V> page, Function<? super V, ? extends T> item) {
    return new PageResponse<>(
        page.items().stream().<T>map(item).toList(),
        page.total(),
        page.page(),
        page.size(),
        page.totalPages(),
        page.hasNext(),
        page.hasPrevious());
  }
}
