package org.aquastream.event.domain.waitlist;

import java.util.Set;

/**
 * Lifecycle of a waitlist entry: WAITING → NOTIFIED → CONFIRMED | EXPIRED; WAITING and NOTIFIED →
 * CANCELLED; the rest are final.
 */
public enum WaitlistStatus {
  WAITING,
  NOTIFIED,
  CONFIRMED,
  EXPIRED,
  CANCELLED;

  /** The statuses in which an entry still stands in the queue. */
  public static final Set<WaitlistStatus> QUEUED = Set.of(WAITING, NOTIFIED);

  public boolean canMoveTo(WaitlistStatus target) {
    return switch (this) {
      case WAITING -> Set.of(NOTIFIED, CANCELLED).contains(target);
      case NOTIFIED -> Set.of(CONFIRMED, EXPIRED, CANCELLED).contains(target);
      case CONFIRMED, EXPIRED, CANCELLED -> false;
    };
  }

  public boolean isQueued() {
    return QUEUED.contains(this);
  }

  /** A NOTIFIED entry has a seat held for it until its window closes. */
  public boolean holdsSeat() {
    return this == NOTIFIED;
  }
}
