package org.aquastream.event.application.port.in.favorite;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** A user marks an event as a favorite; marking it again changes nothing. */
public interface AddFavoriteUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown or hidden event
   */
  FavoriteStatus add(Actor actor, EventId eventId);
}
