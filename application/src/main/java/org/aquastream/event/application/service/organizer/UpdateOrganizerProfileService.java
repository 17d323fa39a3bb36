package org.aquastream.event.application.service.organizer;

import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.UpdateOrganizerProfileUseCase;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfilePatch;
import org.aquastream.event.domain.shared.Actor;

/** Applies a partial change to the profile of the organizer the actor acts for. */
public final class UpdateOrganizerProfileService implements UpdateOrganizerProfileUseCase {
  private final OrganizerAccess access;
  private final OrganizerRepository organizers;
  private final Clock clock;

  public UpdateOrganizerProfileService(
      OrganizerAccess access, OrganizerRepository organizers, Clock clock) {
    this.access = access;
    this.organizers = organizers;
    this.clock = clock;
  }

  @Override
  public Organizer update(
      Actor actor, Optional<OrganizerId> organizerId, OrganizerProfilePatch patch) {
    Organizer organizer = access.actingOrganizer(actor, organizerId);
    Organizer changed = organizer.withProfile(patch.applyTo(organizer.profile()), clock.now());
    organizers.update(changed);
    return changed;
  }
}
