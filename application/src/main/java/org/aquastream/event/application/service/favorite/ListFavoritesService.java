package org.aquastream.event.application.service.favorite;

import org.aquastream.event.application.port.in.favorite.FavoriteView;
import org.aquastream.event.application.port.in.favorite.ListFavoritesUseCase;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.Role;

/** The acting user's favorites, the latest marked first, and how many there are. */
public final class ListFavoritesService implements ListFavoritesUseCase {
  private final FavoriteRepository favorites;

  public ListFavoritesService(FavoriteRepository favorites) {
    this.favorites = favorites;
  }

  @Override
  public Page<FavoriteView> list(Actor actor, PageRequest page) {
    Permissions.require(actor, Role.USER);
    return favorites.listByUser(actor.userId(), page);
  }

  @Override
  public long count(Actor actor) {
    Permissions.require(actor, Role.USER);
    return favorites.countByUser(actor.userId());
  }
}
