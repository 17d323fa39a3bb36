package org.aquastream.event.adapter.http.organizer;

import io.javalin.http.Context;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.cache.HttpCaching;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.JsonBody;
import org.aquastream.event.application.port.in.organizer.CreateOrganizerUseCase;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Role;

/** Organizer administration: POST /organizers (ADMIN). */
public final class OrganizerRoutes implements RouteGroup {
  private final CreateOrganizerUseCase createOrganizer;
  private final HttpCaching caching;

  public OrganizerRoutes(CreateOrganizerUseCase createOrganizer, HttpCaching caching) {
    this.createOrganizer = createOrganizer;
    this.caching = caching;
  }

  @Override
  public void declare(Routes routes) {
    routes.post(Routes.API_V1 + "/organizers", Role.ADMIN, caching.write(this::create));
  }

  private void create(Context ctx) {
    CreateOrganizerRequest body = JsonBody.read(ctx, CreateOrganizerRequest.class);
    Organizer organizer = createOrganizer.create(body.toCommand(GatewayIdentity.actor(ctx)));
    ctx.status(201)
        .header("Location", Routes.API_V1 + "/organizers/" + organizer.slug())
        .json(OrganizerResponse.from(organizer));
  }
}
