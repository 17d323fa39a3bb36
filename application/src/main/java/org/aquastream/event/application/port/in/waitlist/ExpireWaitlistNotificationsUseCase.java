package org.aquastream.event.application.port.in.waitlist;

/**
 * The waitlist window job: NOTIFIED entries whose window passed expire, and their held seat passes
 * to the next in line or back to the event.
 */
public interface ExpireWaitlistNotificationsUseCase {

  /** Runs once over every passed window; returns how many entries expired. */
  int cleanupExpiredWaitlistNotifications();
}
