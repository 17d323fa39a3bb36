package org.aquastream.event.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the numbers a client needs to walk it. */
public record Page<T>(List<T> items, long total, int page, int size) {
  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
    return new Page<>(items, total, request.page(), request.size());
  }

  public int totalPages() {
    return (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    // long: page may be Integer.MAX_VALUE, and page + 1 must not wrap around.
    return page + 1L < totalPages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
  }
}
