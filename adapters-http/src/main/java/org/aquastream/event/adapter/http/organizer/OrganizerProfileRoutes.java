package org.aquastream.event.adapter.http.organizer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.cache.HttpCaching;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.JsonBody;
import org.aquastream.event.application.port.in.organizer.UpdateOrganizerProfileUseCase;
import org.aquastream.event.domain.shared.Role;

/** PUT /organizer/profile: an organizer edits its public profile (ADMIN: any organizer). */
public final class OrganizerProfileRoutes implements RouteGroup {
  private final UpdateOrganizerProfileUseCase updateProfile;
  private final HttpCaching caching;

  public OrganizerProfileRoutes(UpdateOrganizerProfileUseCase updateProfile, HttpCaching caching) {
    this.updateProfile = updateProfile;
    this.caching = caching;
  }

  @Override
  public void declare(Routes routes) {
    routes.put(Routes.API_V1 + "/organizer/profile", Role.ORGANIZER, caching.write(this::update));
  }

  private void update(Context ctx) {
    ObjectNode fields = JsonBody.object(ctx);
    ProfileRequest body = JsonBody.convert(fields, ProfileRequest.class);
    ctx.json(
        OrganizerResponse.from(
            updateProfile.update(
                GatewayIdentity.actor(ctx),
                WorkspaceParams.organizerId(ctx),
                body.toPatch(fields))));
  }
}
