package org.aquastream.event.domain.booking;

/** Where the payment of a booking stands. */
public enum PaymentStatus {
  NOT_REQUIRED,
  PENDING,
  SUBMITTED,
  SUCCEEDED,
  REJECTED,
  CANCELED,
  REFUND_PENDING,
  REFUNDED;

  /** True when nothing more needs paying before the booking may be confirmed. */
  public boolean isSettled() {
    return this == NOT_REQUIRED || this == SUCCEEDED;
  }
}
