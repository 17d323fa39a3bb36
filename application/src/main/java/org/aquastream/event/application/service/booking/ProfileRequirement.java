package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.port.out.booking.UserDirectory;
import org.aquastream.event.domain.shared.UserId;

/**
 * Booking needs a reachable user (a phone number or a Telegram account in their profile). When the
 * user directory cannot answer, the booking fails as unavailable, or goes ahead when {@code
 * failOpen} ({@code services.user.fail-open}) says a booking is worth more than the check.
 */
public final class ProfileRequirement {
  private static final System.Logger LOG = System.getLogger(ProfileRequirement.class.getName());

  private final UserDirectory directory;
  private final boolean failOpen;

  public ProfileRequirement(UserDirectory directory, boolean failOpen) {
    this.directory = directory;
    this.failOpen = failOpen;
  }

  /**
   * @throws DependencyUnavailableException when the directory is down and the check fails closed
   */
  public boolean isMetBy(UserId user) {
    try {
      return directory.hasCompleteProfile(user);
    } catch (DependencyUnavailableException e) {
      if (!failOpen) {
        throw e;
      }
      LOG.log(
          Level.WARNING,
          "User service unavailable ({0}); profile check skipped (fail-open): userId={1}",
          e.getMessage(),
          user);
      return true;
    }
  }
}
