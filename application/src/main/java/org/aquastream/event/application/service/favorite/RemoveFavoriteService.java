package org.aquastream.event.application.service.favorite;

import org.aquastream.event.application.port.in.favorite.FavoriteStatus;
import org.aquastream.event.application.port.in.favorite.RemoveFavoriteUseCase;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** Takes an event off the user's favorites; nothing to remove is fine too. */
public final class RemoveFavoriteService implements RemoveFavoriteUseCase {
  private final FavoriteRepository favorites;

  public RemoveFavoriteService(FavoriteRepository favorites) {
    this.favorites = favorites;
  }

  @Override
  public FavoriteStatus remove(Actor actor, EventId eventId) {
    Permissions.require(actor, Role.USER);
    favorites.remove(actor.userId(), eventId);
    return new FavoriteStatus(eventId, false);
  }
}
