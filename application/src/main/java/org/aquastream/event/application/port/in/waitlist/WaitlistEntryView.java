package org.aquastream.event.application.port.in.waitlist;

import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistPosition;

/**
 * A waitlist entry as its owner sees it: with its event, its place in the queue while it is queued,
 * and how many stand in that queue now.
 */
public record WaitlistEntryView(
    WaitlistEntry entry,
    EventSummary event,
    Optional<WaitlistPosition> position,
    int totalInQueue) {
  public WaitlistEntryView {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(position, "position");
    if (position.isPresent() != entry.isQueued()) {
      throw new IllegalArgumentException(
          "a position belongs to queued entries only: " + entry.id());
    }
    if (totalInQueue < 0 || position.filter(p -> p.totalInQueue() != totalInQueue).isPresent()) {
      throw new IllegalArgumentException("inconsistent queue length " + totalInQueue);
    }
  }
}
