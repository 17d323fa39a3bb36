package org.aquastream.event.application.service.organizer;

import java.util.Optional;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/**
 * Decides for which organizer an actor acts: an ORGANIZER for the one it owns, an ADMIN for any.
 */
public final class OrganizerAccess {
  private final OrganizerRepository organizers;

  public OrganizerAccess(OrganizerRepository organizers) {
    this.organizers = organizers;
  }

  /** The organizer the actor acts for; an ADMIN may name any, others get their own. */
  public Organizer actingOrganizer(Actor actor, Optional<OrganizerId> requested) {
    Permissions.require(actor, Role.ORGANIZER);
    if (actor.isAdmin() && requested.isPresent()) {
      return organizers
          .findById(requested.get())
          .orElseThrow(() -> new NotFoundException("organizer", requested.get()));
    }
    Organizer own =
        organizers
            .findByOwner(actor.userId())
            .orElseThrow(() -> new AccessDeniedException("No organizer belongs to this user"));
    if (requested.isPresent() && !requested.get().equals(own.id())) {
      throw new AccessDeniedException("You may act only for your own organizer");
    }
    return own;
  }

  /**
   * Whose data an organizer view covers: an ADMIN's chosen organizer, or every organizer (empty)
   * when the ADMIN names none; for anyone else their own organizer.
   */
  public Optional<OrganizerId> scope(Actor actor, Optional<OrganizerId> requested) {
    Permissions.require(actor, Role.ORGANIZER);
    if (actor.isAdmin() && requested.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(actingOrganizer(actor, requested).id());
  }

  /** Refuses unless the actor is an ADMIN or the owner of {@code organizer}. */
  public void requireActsFor(Actor actor, OrganizerId organizer) {
    Permissions.require(actor, Role.ORGANIZER);
    if (actor.isAdmin()) {
      return;
    }
    boolean owns =
        organizers.findByOwner(actor.userId()).map(own -> own.id().equals(organizer)).orElse(false);
    if (!owns) {
      throw new AccessDeniedException("This belongs to another organizer");
    }
  }

  /** Refuses unless the actor is an ADMIN or the owner of the event's organizer. */
  public void requireManages(Actor actor, Event event) {
    Permissions.require(actor, Role.ORGANIZER);
    if (!manages(actor, event)) {
      throw new AccessDeniedException("This event belongs to another organizer");
    }
  }

  public boolean manages(Actor actor, Event event) {
    if (actor.isAdmin()) {
      return true;
    }
    if (!actor.hasRole(Role.ORGANIZER)) {
      return false;
    }
    return organizers
        .findByOwner(actor.userId())
        .map(own -> event.isOrganizedBy(own.id()))
        .orElse(false);
  }
}
