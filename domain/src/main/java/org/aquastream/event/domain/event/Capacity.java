package org.aquastream.event.domain.event;

import org.aquastream.event.domain.shared.Guard;

/** How many seats an event offers: 1 to {@value #MAX}. */
public record Capacity(int value) {
  public static final int MAX = 100_000;

  public Capacity {
    Guard.range("capacity", value, 1, MAX);
  }
}
