package org.aquastream.event.application.port.in.organizer;

import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberDetails;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.shared.Actor;

/** An organizer replaces everything a member of its team shows. */
public interface ReplaceTeamMemberUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown member
   * @throws org.aquastream.event.application.error.AccessDeniedException for another organizer's
   */
  TeamMember replace(Actor actor, TeamMemberId id, TeamMemberDetails details);
}
