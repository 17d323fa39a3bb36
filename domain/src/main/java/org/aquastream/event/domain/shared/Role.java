package org.aquastream.event.domain.shared;

/** Platform roles, ordered: each role may do everything the roles before it may. */
public enum Role {
  GUEST,
  USER,
  ORGANIZER,
  ADMIN;

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }
}
