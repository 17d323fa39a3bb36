package org.aquastream.event.application.port.in.organizer;

import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.shared.Actor;

/** An organizer removes a person from its team. */
public interface RemoveTeamMemberUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown member
   * @throws org.aquastream.event.application.error.AccessDeniedException for another organizer's
   */
  void remove(Actor actor, TeamMemberId id);
}
