package org.aquastream.event.application.port.in.event;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** The owning organizer cancels an event together with every active booking of it. */
public interface CancelEventUseCase {

  /**
   * @throws org.aquastream.event.domain.shared.InvalidStateException when already final
   */
  EventView cancel(Actor actor, EventId eventId);
}
