package org.aquastream.event.application.port.in.event;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** The owning organizer opens a DRAFT event for bookings. */
public interface PublishEventUseCase {

  /**
   * @throws org.aquastream.event.domain.shared.InvalidStateException unless DRAFT and in the future
   */
  EventView publish(Actor actor, EventId eventId);
}
