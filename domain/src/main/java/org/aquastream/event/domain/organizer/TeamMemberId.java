package org.aquastream.event.domain.organizer;

import java.util.UUID;
import org.aquastream.event.domain.shared.Guard;

/** Identity of a team member shown on an organizer's page. */
public record TeamMemberId(UUID value) {
  public TeamMemberId {
    Guard.present("teamMemberId", value);
  }

  public static TeamMemberId newId() {
    return new TeamMemberId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
