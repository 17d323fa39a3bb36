package org.aquastream.event.adapter.http.organizer;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.javalin.http.Context;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.cache.HttpCaching;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.JsonBody;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.application.port.in.organizer.AddTeamMemberUseCase;
import org.aquastream.event.application.port.in.organizer.ListTeamUseCase;
import org.aquastream.event.application.port.in.organizer.RemoveTeamMemberUseCase;
import org.aquastream.event.application.port.in.organizer.ReplaceTeamMemberUseCase;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.shared.Role;

/** An organizer's team in its workspace (ORGANIZER; ADMIN with {@code organizerId}). */
public final class TeamRoutes implements RouteGroup {
  private static final String TEAM = API_V1 + "/organizer/team";

  private final ListTeamUseCase listTeam;
  private final AddTeamMemberUseCase addMember;
  private final ReplaceTeamMemberUseCase replaceMember;
  private final RemoveTeamMemberUseCase removeMember;
  private final HttpCaching caching;

  public TeamRoutes(
      ListTeamUseCase listTeam,
      AddTeamMemberUseCase addMember,
      ReplaceTeamMemberUseCase replaceMember,
      RemoveTeamMemberUseCase removeMember,
      HttpCaching caching) {
    this.listTeam = listTeam;
    this.addMember = addMember;
    this.replaceMember = replaceMember;
    this.removeMember = removeMember;
    this.caching = caching;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .get(TEAM, Role.ORGANIZER, this::list)
        .post(TEAM, Role.ORGANIZER, caching.write(this::add))
        .put(TEAM + "/{id}", Role.ORGANIZER, caching.write(this::replace))
        .delete(TEAM + "/{id}", Role.ORGANIZER, caching.write(this::remove));
  }

  private void list(Context ctx) {
    var team = listTeam.own(GatewayIdentity.actor(ctx), WorkspaceParams.organizerId(ctx));
    ctx.json(team.stream().map(TeamMemberResponse::from).toList());
  }

  private void add(Context ctx) {
    TeamMemberRequest body = JsonBody.read(ctx, TeamMemberRequest.class);
    TeamMember added =
        addMember.add(
            GatewayIdentity.actor(ctx), WorkspaceParams.organizerId(ctx), body.toDetails());
    ctx.status(201)
        .header("Location", TEAM + "/" + added.id())
        .json(TeamMemberResponse.from(added));
  }

  private void replace(Context ctx) {
    TeamMemberId id = id(ctx);
    TeamMemberRequest body = JsonBody.read(ctx, TeamMemberRequest.class);
    ctx.json(
        TeamMemberResponse.from(
            replaceMember.replace(GatewayIdentity.actor(ctx), id, body.toDetails())));
  }

  private void remove(Context ctx) {
    removeMember.remove(GatewayIdentity.actor(ctx), id(ctx));
    ctx.status(204);
  }

  private static TeamMemberId id(Context ctx) {
    return new TeamMemberId(Params.pathUuid(ctx, "id"));
  }
}
