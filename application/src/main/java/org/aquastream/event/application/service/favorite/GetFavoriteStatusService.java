package org.aquastream.event.application.service.favorite;

import org.aquastream.event.application.port.in.favorite.FavoriteStatus;
import org.aquastream.event.application.port.in.favorite.GetFavoriteStatusUseCase;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.application.service.event.VisibleEvents;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** Whether the user marked an event they may see. */
public final class GetFavoriteStatusService implements GetFavoriteStatusUseCase {
  private final VisibleEvents events;
  private final FavoriteRepository favorites;

  public GetFavoriteStatusService(
      EventRepository events, OrganizerAccess access, FavoriteRepository favorites) {
    this.events = new VisibleEvents(events, access);
    this.favorites = favorites;
  }

  @Override
  public FavoriteStatus get(Actor actor, EventId eventId) {
    Permissions.require(actor, Role.USER);
    events.require(actor, eventId);
    return new FavoriteStatus(eventId, favorites.exists(actor.userId(), eventId));
  }
}
