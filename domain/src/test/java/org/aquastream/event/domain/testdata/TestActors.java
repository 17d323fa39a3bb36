package org.aquastream.event.domain.testdata;

import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;

/** Who acts in a test: each call without an id is a new, distinct user. */
public final class TestActors {
  private TestActors() {}

  public static Actor guest() {
    return Actor.guest();
  }

  public static Actor user() {
    return user(TestUsers.aUser());
  }

  public static Actor user(UserId id) {
    return Actor.of(id, Role.USER);
  }

  /** An ORGANIZER-role user who owns no organizer (yet). */
  public static Actor organizer() {
    return organizer(TestUsers.aUser());
  }

  public static Actor organizer(UserId id) {
    return Actor.of(id, Role.ORGANIZER);
  }

  /** The owner of {@code organizer}, acting with the ORGANIZER role. */
  public static Actor organizerOwning(Organizer organizer) {
    return Actor.of(organizer.ownerUserId(), Role.ORGANIZER);
  }

  public static Actor admin() {
    return Actor.of(TestUsers.aUser(), Role.ADMIN);
  }
}
