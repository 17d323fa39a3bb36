package org.aquastream.event.domain.shared;

/** A page of a list: 0-based {@code page}, {@code size} between 1 and {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw new InvalidValueException("page", "page must be 0 or greater");
    }
    Guard.range("size", size, 1, MAX_SIZE);
  }

  public static PageRequest first() {
    return new PageRequest(0, DEFAULT_SIZE);
  }

  public long offset() {
    return (long) page * size;
  }
}
