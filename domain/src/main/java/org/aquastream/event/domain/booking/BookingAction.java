package org.aquastream.event.domain.booking;

/** Kinds of rows in a booking's audit trail. */
public enum BookingAction {
  CREATED,
  STATUS_CHANGE
}
