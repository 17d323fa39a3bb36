package org.aquastream.event.application.port.out.favorite;

import java.time.Instant;
import org.aquastream.event.application.port.in.favorite.FavoriteView;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;

/** Which users marked which events as favorites; at most one mark per user and event. */
public interface FavoriteRepository {

  /** Marks the event; false (and the first mark's time kept) when it was marked already. */
  boolean add(UserId user, EventId event, Instant at);

  /** Removes the mark; false when there was none. */
  boolean remove(UserId user, EventId event);

  boolean exists(UserId user, EventId event);

  long countByEvent(EventId event);

  long countByUser(UserId user);

  /** A user's favorites with their events, the latest marked first. */
  Page<FavoriteView> listByUser(UserId user, PageRequest page);
}
