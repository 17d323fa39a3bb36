package org.aquastream.event.application.port.out;

import java.util.Optional;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/**
 * Stores events and guards their seats. Seat counts change only through {@link #takeSeat} and
 * {@link #releaseSeat}, each one atomic statement, or through {@link #update} of an event locked
 * with {@link #lockById}.
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

  /** Takes one seat if any is free; false when none is. Atomic against every other taker. */
  boolean takeSeat(EventId id);

  /** Gives one seat back, never beyond capacity. */
  void releaseSeat(EventId id);
}
