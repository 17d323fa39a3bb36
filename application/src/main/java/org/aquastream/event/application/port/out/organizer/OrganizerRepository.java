package org.aquastream.event.application.port.out.organizer;

import java.util.Optional;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.UserId;

/** Stores organizers. */
public interface OrganizerRepository {

  /** Stores a new organizer; false when its slug or owner is already taken. */
  boolean insert(Organizer organizer);

  void update(Organizer organizer);

  Optional<Organizer> findById(OrganizerId id);

  Optional<Organizer> findBySlug(Slug slug);

  Optional<Organizer> findByOwner(UserId owner);
}
