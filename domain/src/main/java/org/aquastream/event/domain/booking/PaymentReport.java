package org.aquastream.event.domain.booking;

import java.util.Objects;

/**
 * The booking after a payment status report, and what the report amounted to.
 *
 * @param booking the booking as it is to be stored (the same one when nothing changed)
 */
public record PaymentReport(Booking booking, Verdict verdict) {
  /** What a report did. */
  public enum Verdict {
    /** The report changed the booking or its payment status. */
    APPLIED,
    /** The booking already showed what the report says: a replay, or a stale report. */
    UNCHANGED,
    /**
     * The money arrived after the booking ended (expired or cancelled): it stays ended and the
     * payment is to be refunded; {@link #booking()} differs from the old one only the first time.
     */
    TOO_LATE
  }

  public PaymentReport {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(verdict, "verdict");
  }

  static PaymentReport applied(Booking booking) {
    return new PaymentReport(booking, Verdict.APPLIED);
  }

  static PaymentReport unchanged(Booking booking) {
    return new PaymentReport(booking, Verdict.UNCHANGED);
  }

  static PaymentReport tooLate(Booking booking) {
    return new PaymentReport(booking, Verdict.TOO_LATE);
  }
}
