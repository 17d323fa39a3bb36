package org.aquastream.event.application.port.out.waitlist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * Stores waitlist entries; at most one queued (WAITING or NOTIFIED) per user and event. Lock order
 * everywhere: the event row first, then its bookings, then its waitlist rows; every {@code lock*}
 * method expects the caller to hold the event's lock already.
 */
public interface WaitlistRepository {

  /** The next priority of the ever-growing FIFO sequence; never handed out twice. */
  long nextPriority();

  /** Stores a new entry; false when the user already stands in this event's queue. */
  boolean insertIfNotQueued(WaitlistEntry entry);

  void update(WaitlistEntry entry);

  void updateAll(List<WaitlistEntry> entries);

  /** The user's queued entry for the event, if any. */
  Optional<WaitlistEntry> findQueued(EventId event, UserId user);

  /** As {@link #findQueued}, locked until the transaction ends. */
  Optional<WaitlistEntry> lockQueued(EventId event, UserId user);

  /**
   * Up to {@code limit} WAITING entries of the event whose party is at most {@code maxSeats} seats,
   * of a priority above {@code afterPriority}, lowest priority first, locked: the candidates for
   * {@code maxSeats} free seats, read a page at a time.
   */
  List<WaitlistEntry> lockWaitingThatFit(
      EventId event, int maxSeats, long afterPriority, int limit);

  /** Every queued entry of the event, lowest priority first, locked. */
  List<WaitlistEntry> lockQueuedByEvent(EventId event);

  /** Those of {@code events} with at least one WAITING entry: where a freed seat may be held. */
  Set<EventId> findEventsWithWaiting(Collection<EventId> events);

  /** Events with a NOTIFIED entry whose window closed before {@code now}, at most {@code limit}. */
  List<EventId> findEventsWithPassedWindows(Instant now, int limit);

  /** The event's NOTIFIED entries whose window closed before {@code now}, locked. */
  List<WaitlistEntry> lockPassedWindows(EventId event, Instant now);
}
