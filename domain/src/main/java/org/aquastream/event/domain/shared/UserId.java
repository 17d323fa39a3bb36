package org.aquastream.event.domain.shared;

import java.util.UUID;

/** Identity of a platform user, as asserted by the gateway. */
public record UserId(UUID value) {
  public UserId {
    Guard.present("userId", value);
  }

  public static UserId of(String text) {
    try {
      return new UserId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("userId", "userId must be a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
