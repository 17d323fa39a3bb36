package org.aquastream.event.application.port.in.favorite;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** A user asks whether an event is among their favorites. */
public interface GetFavoriteStatusUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown or hidden event
   */
  FavoriteStatus get(Actor actor, EventId eventId);
}
