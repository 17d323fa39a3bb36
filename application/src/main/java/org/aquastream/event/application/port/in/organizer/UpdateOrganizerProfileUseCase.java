package org.aquastream.event.application.port.in.organizer;

import java.util.Optional;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfilePatch;
import org.aquastream.event.domain.shared.Actor;

/** An organizer changes what its public page shows about it. */
public interface UpdateOrganizerProfileUseCase {

  /**
   * @param organizerId the organizer an ADMIN acts for; others act for their own
   * @throws org.aquastream.event.application.error.AccessDeniedException when the actor acts for no
   *     organizer, or names one it does not own
   */
  Organizer update(Actor actor, Optional<OrganizerId> organizerId, OrganizerProfilePatch patch);
}
