package org.aquastream.event.bootstrap.local;

import org.aquastream.event.application.port.out.UserDirectory;
import org.aquastream.event.domain.shared.UserId;

/** Stand-in for the User Service when none is configured: every profile counts as complete. */
public final class LocalUserDirectory implements UserDirectory {
  @Override
  public boolean hasCompleteProfile(UserId user) {
    return true;
  }
}
