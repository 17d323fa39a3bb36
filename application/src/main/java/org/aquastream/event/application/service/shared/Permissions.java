package org.aquastream.event.application.service.shared;

import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** The role check every use case starts with. */
public final class Permissions {
  private Permissions() {}

  public static void require(Actor actor, Role role) {
    if (!actor.hasRole(role)) {
      throw new AccessDeniedException("This needs the " + role + " role");
    }
  }
}
