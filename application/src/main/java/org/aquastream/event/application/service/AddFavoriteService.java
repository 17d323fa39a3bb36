package org.aquastream.event.application.service;

import org.aquastream.event.application.port.in.AddFavoriteUseCase;
import org.aquastream.event.application.port.in.FavoriteStatus;
import org.aquastream.event.application.port.out.Clock;
import org.aquastream.event.application.port.out.EventRepository;
import org.aquastream.event.application.port.out.FavoriteRepository;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** Marks an event the user may see as a favorite; a repeated mark keeps the first. */
public final class AddFavoriteService implements AddFavoriteUseCase {
  private final VisibleEvents events;
  private final FavoriteRepository favorites;
  private final Clock clock;

  public AddFavoriteService(
      EventRepository events, OrganizerAccess access, FavoriteRepository favorites, Clock clock) {
    this.events = new VisibleEvents(events, access);
    this.favorites = favorites;
    this.clock = clock;
  }

  @Override
  public FavoriteStatus add(Actor actor, EventId eventId) {
    Permissions.require(actor, Role.USER);
    events.require(actor, eventId);
    favorites.add(actor.userId(), eventId, clock.now());
    return new FavoriteStatus(eventId, true);
  }
}
