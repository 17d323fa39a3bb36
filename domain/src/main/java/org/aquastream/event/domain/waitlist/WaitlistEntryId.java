package org.aquastream.event.domain.waitlist;

import java.util.UUID;
import org.aquastream.event.domain.shared.Guard;

/** Identity of one user's place in one event's waitlist. */
public record WaitlistEntryId(UUID value) {
  public WaitlistEntryId {
    Guard.present("waitlistEntryId", value);
  }

  public static WaitlistEntryId newId() {
    return new WaitlistEntryId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
