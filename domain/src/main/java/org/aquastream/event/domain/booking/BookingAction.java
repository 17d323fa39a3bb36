package org.aquastream.event.domain.booking;

/** Kinds of rows in a booking's audit trail. */
public enum BookingAction {
  CREATED,
  STATUS_CHANGE,
  /** The payment's status changed while the booking's did not. */
  PAYMENT_UPDATE
}
