package org.aquastream.event.application.service.organizer;

import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.AddTeamMemberUseCase;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberDetails;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.shared.Actor;

/** Adds a member to the team of the organizer the actor acts for. */
public final class AddTeamMemberService implements AddTeamMemberUseCase {
  private final OrganizerAccess access;
  private final TeamMemberRepository team;
  private final Clock clock;

  public AddTeamMemberService(OrganizerAccess access, TeamMemberRepository team, Clock clock) {
    this.access = access;
    this.team = team;
    this.clock = clock;
  }

  @Override
  public TeamMember add(Actor actor, Optional<OrganizerId> organizerId, TeamMemberDetails details) {
    OrganizerId organizer = access.actingOrganizer(actor, organizerId).id();
    TeamMember member = TeamMember.create(TeamMemberId.newId(), organizer, details, clock.now());
    team.insert(member);
    return member;
  }
}
