package org.aquastream.event.application.service;

import org.aquastream.event.application.port.in.CountEventFavoritesUseCase;
import org.aquastream.event.application.port.out.EventRepository;
import org.aquastream.event.application.port.out.FavoriteRepository;
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
