package org.aquastream.event.domain.testdata;

import java.util.UUID;
import org.aquastream.event.domain.shared.UserId;

/** Users of the tests: two well-known ones, and a new, distinct one on each {@link #aUser()}. */
public final class TestUsers {
  public static final UserId ALICE = new UserId(new UUID(1, 1));
  public static final UserId BOB = new UserId(new UUID(1, 2));

  private TestUsers() {}

  public static UserId aUser() {
    return new UserId(UUID.randomUUID());
  }
}
