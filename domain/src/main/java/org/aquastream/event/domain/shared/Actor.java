package org.aquastream.event.domain.shared;

import java.util.Objects;
import java.util.Optional;

/** Who asks for a change: a user with a role, or an anonymous guest. */
public record Actor(Optional<UserId> user, Role role) {
  public Actor {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    if (user.isEmpty() && role != Role.GUEST) {
      throw new IllegalArgumentException("only a guest may be anonymous");
    }
  }

  public static Actor guest() {
    return new Actor(Optional.empty(), Role.GUEST);
  }

  public static Actor of(UserId user, Role role) {
    return new Actor(Optional.of(user), role);
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  public boolean hasRole(Role required) {
    return role.includes(required);
  }

  /** The acting user; callers reach this only after the role check has excluded guests. */
  public UserId userId() {
    return user.orElseThrow(() -> new IllegalStateException("a guest has no user id"));
  }

  public boolean is(UserId other) {
    return user.map(other::equals).orElse(false);
  }
}
