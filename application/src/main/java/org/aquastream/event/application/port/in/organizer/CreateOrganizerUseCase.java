package org.aquastream.event.application.port.in.organizer;

import java.util.Objects;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.UserId;

/** An ADMIN registers an organizer and the user account that owns it. */
public interface CreateOrganizerUseCase {

  /**
   * @throws org.aquastream.event.application.error.ConflictException {@code organizer-exists} when
   *     the slug is taken or the owner already owns an organizer
   */
  Organizer create(Command command);

  /** What an organizer starts with. */
  record Command(Actor actor, Slug slug, UserId ownerUserId, OrganizerProfile profile) {
    public Command {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(slug, "slug");
      Objects.requireNonNull(ownerUserId, "ownerUserId");
      Objects.requireNonNull(profile, "profile");
    }
  }
}
