package org.aquastream.event.domain.booking;

import java.util.Objects;

/**
 * The booking after a payment status report, and what the report amounted to.
 *
 * @param booking the booking as it is to be stored
 * @param changed whether {@code booking} differs from the one the report was applied to, so that it
 *     must be stored and audited
 */
public record PaymentReport(Booking booking, Verdict verdict, boolean changed) {
  /** What a report did. */
  public enum Verdict {
    /** The report changed the booking or its payment status. */
    APPLIED,
    /** The booking already showed what the report says: a replay, or a stale report. */
    UNCHANGED,
    /**
     * The money arrived after the booking ended (expired or cancelled): it stays ended and the
     * payment is to be refunded; only the first such report changes the booking.
     */
    TOO_LATE
  }

  public PaymentReport {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(verdict, "verdict");
  }

  static PaymentReport applied(Booking changed) {
    return new PaymentReport(changed, Verdict.APPLIED, true);
  }

  static PaymentReport unchanged(Booking same) {
    return new PaymentReport(same, Verdict.UNCHANGED, false);
  }

  static PaymentReport tooLate(Booking changed) {
    return new PaymentReport(changed, Verdict.TOO_LATE, true);
  }

  static PaymentReport tooLateAgain(Booking same) {
    return new PaymentReport(same, Verdict.TOO_LATE, false);
  }
}
