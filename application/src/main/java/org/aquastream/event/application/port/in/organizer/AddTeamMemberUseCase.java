package org.aquastream.event.application.port.in.organizer;

import java.util.Optional;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberDetails;
import org.aquastream.event.domain.shared.Actor;

/** An organizer adds a person to its team. */
public interface AddTeamMemberUseCase {

  /**
   * @param organizerId the organizer an ADMIN acts for; others act for their own
   * @throws org.aquastream.event.application.error.AccessDeniedException when the actor acts for no
   *     organizer, or names one it does not own
   */
  TeamMember add(Actor actor, Optional<OrganizerId> organizerId, TeamMemberDetails details);
}
