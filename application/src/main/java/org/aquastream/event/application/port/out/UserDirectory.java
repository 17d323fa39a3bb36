package org.aquastream.event.application.port.out;

import org.aquastream.event.domain.shared.UserId;

/** Knows users' profiles; booking needs a phone number or a Telegram account. */
public interface UserDirectory {

  /**
   * @throws org.aquastream.event.application.error.DependencyUnavailableException when the
   *     directory cannot answer
   */
  boolean hasCompleteProfile(UserId user);
}
