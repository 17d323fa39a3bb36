package org.aquastream.event.application.service.organizer;

import org.aquastream.event.application.error.ConflictException;
import org.aquastream.event.application.port.in.organizer.CreateOrganizerUseCase;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Role;

/** Registers an organizer; slugs and owners are unique. */
public final class CreateOrganizerService implements CreateOrganizerUseCase {
  private static final String CONFLICT = "organizer-exists";

  private final OrganizerRepository organizers;
  private final Clock clock;

  public CreateOrganizerService(OrganizerRepository organizers, Clock clock) {
    this.organizers = organizers;
    this.clock = clock;
  }

  @Override
  public Organizer create(Command command) {
    Permissions.require(command.actor(), Role.ADMIN);
    if (organizers.findBySlug(command.slug()).isPresent()) {
      throw new ConflictException(CONFLICT, "The slug " + command.slug() + " is taken");
    }
    if (organizers.findByOwner(command.ownerUserId()).isPresent()) {
      throw new ConflictException(CONFLICT, "User " + command.ownerUserId() + " owns an organizer");
    }
    Organizer organizer =
        Organizer.create(
            OrganizerId.newId(),
            command.slug(),
            command.ownerUserId(),
            command.profile(),
            clock.now());
    if (!organizers.insert(organizer)) {
      throw new ConflictException(CONFLICT, "The slug or owner was taken a moment ago");
    }
    return organizer;
  }
}
