package org.aquastream.event.application.port.out.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/**
 * Stores events and guards their seats. Seat counts change only through the take and release
 * methods, each one atomic statement, or through {@link #update} of an event locked with {@link
 * #lockById}.
 */
public interface EventRepository {

  void insert(Event event);

  /** Writes every field of an event read with {@link #lockById} in the same transaction. */
  void update(Event event);

  Optional<Event> findById(EventId id);

  /**
   * Reads an event and locks it until the transaction ends. Lock order everywhere: the event first,
   * then its bookings, so that concurrent changes never deadlock.
   */
  Optional<Event> lockById(EventId id);

  /**
   * Reads and locks every one of {@code ids} that exists, in id order (the same order everywhere,
   * so two transactions locking overlapping sets never deadlock); the events in that order.
   */
  List<Event> lockAll(Collection<EventId> ids);

  /** Takes one seat if any is free; false when none is. Atomic against every other taker. */
  boolean takeSeat(EventId id);

  /** Gives one seat back, never beyond capacity. */
  void releaseSeat(EventId id);

  /** Takes {@code seats} seats if at least that many are free; false (taking none) otherwise. */
  boolean takeSeats(EventId id, int seats);

  /** Gives {@code seats} seats back, never beyond capacity. */
  void releaseSeats(EventId id, int seats);

  /** Gives each event its count of seats back, never beyond capacity, in one statement. */
  void releaseSeatsAll(Map<EventId, Integer> seats);

  /**
   * For each event, takes its count of seats if at least that many are free and the event is
   * PUBLISHED and has not started at {@code now}; takes none of an event that fails either. One
   * statement that locks the events in id order (so batches never deadlock), waits for a
   * transaction holding one and then decides on what it committed: a cancellation that commits
   * first makes this take nothing of that event. Locks the events until the transaction ends.
   *
   * @return the events whose seats were taken
   */
  Set<EventId> takeSeatsIfOpen(Map<EventId, Integer> seats, Instant now);

  /** PUBLISHED events that ended before {@code now}, earliest end first, at most {@code limit}. */
  List<EventId> findPublishedEndedBefore(Instant now, int limit);
}
