package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/**
 * The real event repository, test code only: a test overrides the one method it breaks or watches.
 */
abstract class ForwardingEventRepository implements EventRepository {
  private final EventRepository real;

  ForwardingEventRepository(EventRepository real) {
    this.real = real;
  }

  @Override
  public void insert(Event event) {
    real.insert(event);
  }

  @Override
  public void update(Event event) {
    real.update(event);
  }

  @Override
  public Optional<Event> findById(EventId id) {
    return real.findById(id);
  }

  @Override
  public Optional<Event> lockById(EventId id) {
    return real.lockById(id);
  }

  @Override
  public List<Event> lockAll(Collection<EventId> ids) {
    return real.lockAll(ids);
  }

  @Override
  public boolean takeSeat(EventId id) {
    return real.takeSeat(id);
  }

  @Override
  public void releaseSeat(EventId id) {
    real.releaseSeat(id);
  }

  @Override
  public boolean takeSeats(EventId id, int seats) {
    return real.takeSeats(id, seats);
  }

  @Override
  public void releaseSeats(EventId id, int seats) {
    real.releaseSeats(id, seats);
  }

  @Override
  public void releaseSeatsAll(Map<EventId, Integer> seats) {
    real.releaseSeatsAll(seats);
  }

  @Override
  public Set<EventId> takeSeatsIfOpen(Map<EventId, Integer> seats, Instant now) {
    return real.takeSeatsIfOpen(seats, now);
  }

  @Override
  public List<EventId> findPublishedEndedBefore(Instant now, int limit) {
    return real.findPublishedEndedBefore(now, limit);
  }
}
