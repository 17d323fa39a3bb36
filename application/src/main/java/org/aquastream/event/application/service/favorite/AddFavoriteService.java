package org.aquastream.event.application.service.favorite;

import org.aquastream.event.application.port.in.favorite.AddFavoriteUseCase;
import org.aquastream.event.application.port.in.favorite.FavoriteStatus;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.event.VisibleEvents;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.application.service.shared.Permissions;
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
