package org.aquastream.event.adapter.http.event;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Objects;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.cache.HttpCaching;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.JsonBody;
import org.aquastream.event.adapter.http.common.PageResponse;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.application.port.in.event.CancelEventUseCase;
import org.aquastream.event.application.port.in.event.CreateEventUseCase;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.event.GetEventUseCase;
import org.aquastream.event.application.port.in.event.ListOrganizerEventsUseCase;
import org.aquastream.event.application.port.in.event.PublishEventUseCase;
import org.aquastream.event.application.port.in.event.SearchEventsUseCase;
import org.aquastream.event.application.port.in.event.UpdateEventUseCase;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Role;

/** The public catalog (GUEST) and an organizer's management of its events (ORGANIZER). */
public final class EventRoutes implements RouteGroup {
  private final CreateEventUseCase createEvent;
  private final UpdateEventUseCase updateEvent;
  private final PublishEventUseCase publishEvent;
  private final CancelEventUseCase cancelEvent;
  private final ListOrganizerEventsUseCase listOrganizerEvents;
  private final SearchEventsUseCase searchEvents;
  private final GetEventUseCase getEvent;
  private final String defaultCurrency;
  private final HttpCaching caching;

  public EventRoutes(
      CreateEventUseCase createEvent,
      UpdateEventUseCase updateEvent,
      PublishEventUseCase publishEvent,
      CancelEventUseCase cancelEvent,
      ListOrganizerEventsUseCase listOrganizerEvents,
      SearchEventsUseCase searchEvents,
      GetEventUseCase getEvent,
      String defaultCurrency,
      HttpCaching caching) {
    this.createEvent = createEvent;
    this.updateEvent = updateEvent;
    this.publishEvent = publishEvent;
    this.cancelEvent = cancelEvent;
    this.listOrganizerEvents = listOrganizerEvents;
    this.searchEvents = searchEvents;
    this.getEvent = getEvent;
    this.defaultCurrency = Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    this.caching = Objects.requireNonNull(caching, "caching");
  }

  @Override
  public void declare(Routes routes) {
    routes
        .get(API_V1 + "/events", Role.GUEST, caching.read(this::search))
        .get(API_V1 + "/events/{id}", Role.GUEST, caching.read(this::get))
        .post(API_V1 + "/events", Role.ORGANIZER, caching.write(this::create))
        .put(API_V1 + "/events/{id}", Role.ORGANIZER, caching.write(this::update))
        .post(API_V1 + "/events/{id}/publish", Role.ORGANIZER, caching.write(this::publish))
        .post(API_V1 + "/events/{id}/cancel", Role.ORGANIZER, caching.write(this::cancel))
        .get(API_V1 + "/organizer/events", Role.ORGANIZER, this::listOwn);
  }

  private Object search(Context ctx) {
    CatalogRequest request = CatalogRequest.from(ctx);
    if (request.keyset().isPresent()) {
      CatalogRequest.Keyset keyset = request.keyset().get();
      return CatalogSliceResponse.from(
          searchEvents.searchAfter(request.search(), keyset.after(), keyset.size()), keyset.size());
    }
    return CatalogPageResponse.from(searchEvents.search(request.search(), request.page()));
  }

  private EventResponse get(Context ctx) {
    return EventResponse.from(getEvent.get(GatewayIdentity.actor(ctx), eventId(ctx)));
  }

  private void create(Context ctx) {
    EventRequest body = JsonBody.read(ctx, EventRequest.class);
    EventView created =
        createEvent.create(body.toCreateCommand(GatewayIdentity.actor(ctx), defaultCurrency));
    ctx.status(201)
        .header("Location", API_V1 + "/events/" + created.event().id())
        .json(EventResponse.from(created));
  }

  private void update(Context ctx) {
    EventId id = eventId(ctx);
    ObjectNode fields = JsonBody.object(ctx);
    EventRequest body = JsonBody.convert(fields, EventRequest.class);
    UpdateEventUseCase.Command command =
        new UpdateEventUseCase.Command(
            GatewayIdentity.actor(ctx), id, body.toPatch(fields, defaultCurrency));
    ctx.json(EventResponse.from(updateEvent.update(command)));
  }

  private void publish(Context ctx) {
    ctx.json(EventResponse.from(publishEvent.publish(GatewayIdentity.actor(ctx), eventId(ctx))));
  }

  private void cancel(Context ctx) {
    ctx.json(EventResponse.from(cancelEvent.cancel(GatewayIdentity.actor(ctx), eventId(ctx))));
  }

  private void listOwn(Context ctx) {
    var page =
        listOrganizerEvents.list(
            GatewayIdentity.actor(ctx),
            Params.queryUuid(ctx, "organizerId").map(OrganizerId::new),
            Params.queryEnum(ctx, "status", EventStatus.class),
            Params.page(ctx));
    ctx.json(PageResponse.from(page, EventResponse::from));
  }

  private static EventId eventId(Context ctx) {
    return new EventId(Params.pathUuid(ctx, "id"));
  }
}
