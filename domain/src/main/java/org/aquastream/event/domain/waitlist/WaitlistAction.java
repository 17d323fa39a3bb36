package org.aquastream.event.domain.waitlist;

/** Kinds of rows in the waitlist audit trail. */
public enum WaitlistAction {
  JOINED,
  LEFT,
  NOTIFIED,
  CONFIRMED,
  EXPIRED,
  CANCELLED
}
