package org.aquastream.event.application.service.organizer;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.organizer.RemoveTeamMemberUseCase;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.shared.Actor;

/** Removes a team member, for the member's own organizer or an ADMIN. */
public final class RemoveTeamMemberService implements RemoveTeamMemberUseCase {
  private final OrganizerAccess access;
  private final TeamMemberRepository team;

  public RemoveTeamMemberService(OrganizerAccess access, TeamMemberRepository team) {
    this.access = access;
    this.team = team;
  }

  @Override
  public void remove(Actor actor, TeamMemberId id) {
    TeamMember member =
        team.findById(id).orElseThrow(() -> new NotFoundException("team member", id));
    access.requireActsFor(actor, member.organizerId());
    team.delete(id);
  }
}
