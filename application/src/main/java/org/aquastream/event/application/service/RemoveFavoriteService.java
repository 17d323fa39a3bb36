package org.aquastream.event.application.service;

import org.aquastream.event.application.port.in.FavoriteStatus;
import org.aquastream.event.application.port.in.RemoveFavoriteUseCase;
import org.aquastream.event.application.port.out.FavoriteRepository;
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
