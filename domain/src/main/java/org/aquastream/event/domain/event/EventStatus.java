package org.aquastream.event.domain.event;

import java.util.Set;

/** Lifecycle of an event: DRAFT → PUBLISHED → COMPLETED, DRAFT/PUBLISHED → CANCELLED. */
public enum EventStatus {
  DRAFT,
  PUBLISHED,
  COMPLETED,
  CANCELLED;

  public boolean canMoveTo(EventStatus target) {
    return switch (this) {
      case DRAFT -> Set.of(PUBLISHED, CANCELLED).contains(target);
      case PUBLISHED -> Set.of(COMPLETED, CANCELLED).contains(target);
      case COMPLETED, CANCELLED -> false;
    };
  }
}
