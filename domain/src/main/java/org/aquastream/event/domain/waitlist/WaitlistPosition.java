package org.aquastream.event.domain.waitlist;

/**
 * Where a queued entry stands: {@code position} 1 is the head. Worked out from priorities (the
 * queued entries with a lower priority, plus one), so nobody is ever renumbered.
 */
public record WaitlistPosition(int position, int totalInQueue) {
  public WaitlistPosition {
    if (position < 1 || position > totalInQueue) {
      throw new IllegalArgumentException(
          "position " + position + " outside 1.." + totalInQueue + " of the queue");
    }
  }

  /** The position of an entry with {@code queuedAhead} queued entries before it. */
  public static WaitlistPosition behind(int queuedAhead, int totalInQueue) {
    return new WaitlistPosition(queuedAhead + 1, totalInQueue);
  }
}
