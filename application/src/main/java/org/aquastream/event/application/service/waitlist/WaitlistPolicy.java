package org.aquastream.event.application.service.waitlist;

import java.time.Duration;
import java.util.Objects;

/**
 * How the waitlist is served: how long a seat is held for a notified user ({@code
 * app.event.waitlist.notification-window-minutes}) and whether freed seats are held for the queue
 * automatically ({@code auto-process}) or only when an organizer or ADMIN asks.
 */
public record WaitlistPolicy(Duration notificationWindow, boolean autoProcess) {
  public WaitlistPolicy {
    Objects.requireNonNull(notificationWindow, "notificationWindow");
    if (notificationWindow.isNegative() || notificationWindow.isZero()) {
      throw new IllegalArgumentException("notificationWindow must be positive");
    }
  }
}
