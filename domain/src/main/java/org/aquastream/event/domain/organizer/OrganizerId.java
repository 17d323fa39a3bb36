package org.aquastream.event.domain.organizer;

import java.util.UUID;
import org.aquastream.event.domain.shared.Guard;

/** Identity of an organizer. */
public record OrganizerId(UUID value) {
  public OrganizerId {
    Guard.present("organizerId", value);
  }

  public static OrganizerId newId() {
    return new OrganizerId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
