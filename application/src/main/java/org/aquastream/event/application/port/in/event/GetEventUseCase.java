package org.aquastream.event.application.port.in.event;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** Anyone reads one event; a DRAFT only its organizer or an ADMIN. */
public interface GetEventUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException when missing or hidden
   */
  EventView get(Actor actor, EventId eventId);
}
