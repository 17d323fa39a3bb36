package org.aquastream.event.application.port.in.favorite;

import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** A user's own favorites, the latest marked first. */
public interface ListFavoritesUseCase {
  Page<FavoriteView> list(Actor actor, PageRequest page);

  long count(Actor actor);
}
