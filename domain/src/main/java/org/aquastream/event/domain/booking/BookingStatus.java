package org.aquastream.event.domain.booking;

import java.util.Set;

/**
 * Lifecycle of a booking: PENDING → CONFIRMED | EXPIRED | CANCELLED; CONFIRMED → COMPLETED |
 * CANCELLED | NO_SHOW; the rest are final.
 */
public enum BookingStatus {
  PENDING,
  CONFIRMED,
  COMPLETED,
  EXPIRED,
  CANCELLED,
  NO_SHOW;

  /** The statuses in which a booking occupies a seat. */
  public static final Set<BookingStatus> ACTIVE = Set.of(PENDING, CONFIRMED);

  public boolean canMoveTo(BookingStatus target) {
    return switch (this) {
      case PENDING -> Set.of(CONFIRMED, EXPIRED, CANCELLED).contains(target);
      case CONFIRMED -> Set.of(COMPLETED, CANCELLED, NO_SHOW).contains(target);
      case COMPLETED, EXPIRED, CANCELLED, NO_SHOW -> false;
    };
  }

  public boolean holdsSeat() {
    return ACTIVE.contains(this);
  }
}
