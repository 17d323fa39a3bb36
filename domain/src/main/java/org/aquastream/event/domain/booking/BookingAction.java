package org.aquastream.event.domain.booking;

/** Kinds of rows in a booking's audit trail. */
public enum BookingAction {
  CREATED,
  STATUS_CHANGE,
  /** The payment's status changed while the booking's did not. */
  PAYMENT_UPDATE,
  /** The party got smaller: the booking holds fewer seats and costs less. */
  SEATS_CHANGE
}
