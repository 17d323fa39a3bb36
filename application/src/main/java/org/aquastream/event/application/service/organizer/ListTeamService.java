package org.aquastream.event.application.service.organizer;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.ListTeamUseCase;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.shared.Actor;

/** An organizer's team, publicly by slug or in the organizer's own workspace. */
public final class ListTeamService implements ListTeamUseCase {
  private final OrganizerRepository organizers;
  private final OrganizerAccess access;
  private final TeamMemberRepository team;

  public ListTeamService(
      OrganizerRepository organizers, OrganizerAccess access, TeamMemberRepository team) {
    this.organizers = organizers;
    this.access = access;
    this.team = team;
  }

  @Override
  public List<TeamMember> ofOrganizer(Slug slug) {
    return team.listByOrganizer(Organizers.bySlug(organizers, slug).id());
  }

  @Override
  public List<TeamMember> own(Actor actor, Optional<OrganizerId> organizerId) {
    return team.listByOrganizer(access.actingOrganizer(actor, organizerId).id());
  }
}
