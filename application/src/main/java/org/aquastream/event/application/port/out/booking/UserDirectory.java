package org.aquastream.event.application.port.out.booking;

import org.aquastream.event.domain.shared.UserId;

/**
 * Knows users' profiles (the User Service); booking needs a user who can be reached: a phone number
 * or a Telegram account in their profile.
 */
public interface UserDirectory {

  /**
   * True when the user's profile has a phone number or a Telegram account; false when it has
   * neither, or the directory does not know the user.
   *
   * @throws org.aquastream.event.application.error.DependencyUnavailableException when the
   *     directory cannot answer (timeout, 5xx, connection refused, circuit open)
   */
  boolean hasCompleteProfile(UserId user);
}
