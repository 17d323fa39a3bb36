package org.aquastream.event.application.port.in.favorite;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** A user takes an event off their favorites; removing an absent mark changes nothing. */
public interface RemoveFavoriteUseCase {
  FavoriteStatus remove(Actor actor, EventId eventId);
}
