package org.aquastream.event.application.service.event;

import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.event.PublishEventUseCase;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** Opens a DRAFT event for bookings. */
public final class PublishEventService implements PublishEventUseCase {
  private final EventChanges changes;
  private final Clock clock;

  public PublishEventService(EventChanges changes, Clock clock) {
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public EventView publish(Actor actor, EventId eventId) {
    return changes.apply(actor, eventId, event -> event.publish(clock.now()));
  }
}
