package org.aquastream.event.application.port.in.favorite;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** Anyone asks how many users marked an event as a favorite. */
public interface CountEventFavoritesUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown event, or a
   *     DRAFT the actor may not see
   */
  long count(Actor actor, EventId eventId);
}
