package org.aquastream.event.application.service.organizer;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.organizer.ReplaceTeamMemberUseCase;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberDetails;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.shared.Actor;

/** Replaces what a team member shows, for the member's own organizer or an ADMIN. */
public final class ReplaceTeamMemberService implements ReplaceTeamMemberUseCase {
  private final OrganizerAccess access;
  private final TeamMemberRepository team;
  private final Clock clock;

  public ReplaceTeamMemberService(OrganizerAccess access, TeamMemberRepository team, Clock clock) {
    this.access = access;
    this.team = team;
    this.clock = clock;
  }

  @Override
  public TeamMember replace(Actor actor, TeamMemberId id, TeamMemberDetails details) {
    TeamMember member =
        team.findById(id).orElseThrow(() -> new NotFoundException("team member", id));
    access.requireActsFor(actor, member.organizerId());
    TeamMember replaced = member.replace(details, clock.now());
    team.update(replaced);
    return replaced;
  }
}
