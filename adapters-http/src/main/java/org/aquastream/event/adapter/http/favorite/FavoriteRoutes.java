package org.aquastream.event.adapter.http.favorite;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.PageResponse;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.adapter.http.event.EventResponse;
import org.aquastream.event.application.port.in.favorite.AddFavoriteUseCase;
import org.aquastream.event.application.port.in.favorite.CountEventFavoritesUseCase;
import org.aquastream.event.application.port.in.favorite.FavoriteStatus;
import org.aquastream.event.application.port.in.favorite.FavoriteView;
import org.aquastream.event.application.port.in.favorite.GetFavoriteStatusUseCase;
import org.aquastream.event.application.port.in.favorite.ListFavoritesUseCase;
import org.aquastream.event.application.port.in.favorite.RemoveFavoriteUseCase;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Role;

/** Favorites: a user's marks on events (USER), and how many marks an event has (GUEST). */
public final class FavoriteRoutes implements RouteGroup {
  private final AddFavoriteUseCase add;
  private final RemoveFavoriteUseCase remove;
  private final GetFavoriteStatusUseCase status;
  private final ListFavoritesUseCase list;
  private final CountEventFavoritesUseCase countForEvent;

  public FavoriteRoutes(
      AddFavoriteUseCase add,
      RemoveFavoriteUseCase remove,
      GetFavoriteStatusUseCase status,
      ListFavoritesUseCase list,
      CountEventFavoritesUseCase countForEvent) {
    this.add = add;
    this.remove = remove;
    this.status = status;
    this.list = list;
    this.countForEvent = countForEvent;
  }

  /** Whether the caller marked the event. */
  public record StatusResponse(UUID eventId, boolean favorited) {
    static StatusResponse from(FavoriteStatus status) {
      return new StatusResponse(status.eventId().value(), status.favorited());
    }
  }

  /** One of the caller's favorites, with the event. */
  public record FavoriteResponse(UUID eventId, Instant favoritedAt, EventResponse event) {
    static FavoriteResponse from(FavoriteView view) {
      return new FavoriteResponse(
          view.event().event().id().value(), view.favoritedAt(), EventResponse.from(view.event()));
    }
  }

  /** How many users marked an event. */
  public record EventCountResponse(UUID eventId, long count) {}

  /** How many events the caller marked. */
  public record CountResponse(long count) {}

  @Override
  public void declare(Routes routes) {
    routes
        .post(API_V1 + "/events/{id}/favorite", Role.USER, this::add)
        .delete(API_V1 + "/events/{id}/favorite", Role.USER, this::remove)
        .get(API_V1 + "/events/{id}/favorite/status", Role.USER, this::status)
        .get(API_V1 + "/events/{id}/favorites/count", Role.GUEST, this::countForEvent)
        .get(API_V1 + "/profile/favorites", Role.USER, this::list)
        .get(API_V1 + "/profile/favorites/count", Role.USER, this::count);
  }

  private void add(Context ctx) {
    ctx.json(StatusResponse.from(add.add(GatewayIdentity.actor(ctx), eventId(ctx))));
  }

  private void remove(Context ctx) {
    ctx.json(StatusResponse.from(remove.remove(GatewayIdentity.actor(ctx), eventId(ctx))));
  }

  private void status(Context ctx) {
    ctx.json(StatusResponse.from(status.get(GatewayIdentity.actor(ctx), eventId(ctx))));
  }

  private void countForEvent(Context ctx) {
    EventId event = eventId(ctx);
    long count = countForEvent.count(GatewayIdentity.actor(ctx), event);
    ctx.json(new EventCountResponse(event.value(), count));
  }

  private void list(Context ctx) {
    var page = list.list(GatewayIdentity.actor(ctx), Params.page(ctx));
    ctx.json(PageResponse.from(page, FavoriteResponse::from));
  }

  private void count(Context ctx) {
    ctx.json(new CountResponse(list.count(GatewayIdentity.actor(ctx))));
  }

  private static EventId eventId(Context ctx) {
    return new EventId(Params.pathUuid(ctx, "id"));
  }
}
