package org.aquastream.event.application.service.favorite;

import org.aquastream.event.application.port.in.favorite.CountEventFavoritesUseCase;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.application.service.event.VisibleEvents;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** How many users marked an event the actor may see. */
public final class CountEventFavoritesService implements CountEventFavoritesUseCase {
  private final VisibleEvents events;
  private final FavoriteRepository favorites;

  public CountEventFavoritesService(
      EventRepository events, OrganizerAccess access, FavoriteRepository favorites) {
    this.events = new VisibleEvents(events, access);
    this.favorites = favorites;
  }

  @Override
  public long count(Actor actor, EventId eventId) {
    events.require(actor, eventId);
    return favorites.countByEvent(eventId);
  }
}
