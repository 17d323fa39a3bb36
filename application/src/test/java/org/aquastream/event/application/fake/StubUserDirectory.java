package org.aquastream.event.application.fake;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.port.out.booking.UserDirectory;
import org.aquastream.event.domain.shared.UserId;

/** Every profile is complete unless a test says otherwise, or takes the directory down. */
public final class StubUserDirectory implements UserDirectory {
  private final Set<UserId> incomplete = ConcurrentHashMap.newKeySet();
  private volatile boolean down;

  @Override
  public boolean hasCompleteProfile(UserId user) {
    if (down) {
      throw new DependencyUnavailableException(
          "userService", Duration.ofSeconds(30), "user service is down", null);
    }
    return !incomplete.contains(user);
  }

  public void markIncomplete(UserId user) {
    incomplete.add(user);
  }

  public void goDown() {
    down = true;
  }
}
