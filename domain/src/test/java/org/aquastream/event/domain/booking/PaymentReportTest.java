package org.aquastream.event.domain.booking;

import static org.aquastream.event.domain.testdata.TestBookings.GRACE;
import static org.aquastream.event.domain.testdata.TestBookings.TTL;
import static org.aquastream.event.domain.testdata.TestBookings.aBooking;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.domain.booking.PaymentReport.Verdict;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentReportTest {
  private static final UUID PAYMENT = new UUID(7, 7);
  private static final Instant LATER = NOW.plusSeconds(60);
  private static final Instant WITHIN_GRACE = NOW.plus(TTL).plus(GRACE).minusSeconds(1);
  private static final Instant PAST_GRACE = NOW.plus(TTL).plus(GRACE).plusSeconds(1);

  /** A booking whose payment was opened at the Payment Service. */
  private static Booking paid(BookingStatus status, PaymentStatus payment) {
    return aBooking(status, payment).payment(PAYMENT, "https://pay.example/p/1").build();
  }

  @Test
  void aPendingBookingWaitsForItsPaymentUntilOneIsAttached() {
    Booking pending = aBooking(BookingStatus.PENDING, PaymentStatus.PENDING).build();
    assertThat(pending.awaitsPaymentStart()).isTrue();

    Booking attached = pending.attachPayment(PAYMENT, "https://pay.example/p/1", LATER);

    assertThat(attached.paymentId()).contains(PAYMENT);
    assertThat(attached.paymentUrl()).contains("https://pay.example/p/1");
    assertThat(attached.updatedAt()).isEqualTo(LATER);
    assertThat(attached.awaitsPaymentStart()).isFalse();
    assertThatThrownBy(() -> attached.attachPayment(new UUID(8, 8), null, LATER))
        .isInstanceOf(InvalidStateException.class);
  }

  @Test
  void aFreeBookingNeverWaitsForAPayment() {
    assertThat(
            aBooking(BookingStatus.PENDING, PaymentStatus.NOT_REQUIRED)
                .build()
                .awaitsPaymentStart())
        .isFalse();
  }

  @Test
  void successWithinTheGracePeriodConfirmsThePendingBooking() {
    PaymentReport report =
        paid(BookingStatus.PENDING, PaymentStatus.PENDING)
            .reportPayment(PaymentStatus.SUCCEEDED, WITHIN_GRACE, GRACE);

    assertThat(report.verdict()).isEqualTo(Verdict.APPLIED);
    assertThat(report.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(report.booking().paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
  }

  @Test
  void aRepeatedSuccessChangesNothing() {
    Booking confirmed = paid(BookingStatus.CONFIRMED, PaymentStatus.SUCCEEDED);

    PaymentReport report = confirmed.reportPayment(PaymentStatus.SUCCEEDED, LATER, GRACE);

    assertThat(report.verdict()).isEqualTo(Verdict.UNCHANGED);
    assertThat(report.changed()).isFalse();
    assertThat(report.booking()).isSameAs(confirmed);
  }

  @Test
  void successAfterTheGracePeriodExpiresTheBookingAndAsksForARefund() {
    PaymentReport report =
        paid(BookingStatus.PENDING, PaymentStatus.PENDING)
            .reportPayment(PaymentStatus.SUCCEEDED, PAST_GRACE, GRACE);

    assertThat(report.verdict()).isEqualTo(Verdict.TOO_LATE);
    assertThat(report.booking().status()).isEqualTo(BookingStatus.EXPIRED);
    assertThat(report.booking().paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
  }

  @ParameterizedTest
  @EnumSource(
      value = BookingStatus.class,
      names = {"EXPIRED", "CANCELLED"})
  void successForAnEndedBookingNeverResurrectsIt(BookingStatus ended) {
    Booking booking = paid(ended, PaymentStatus.PENDING);

    PaymentReport first = booking.reportPayment(PaymentStatus.SUCCEEDED, LATER, GRACE);
    PaymentReport replay = first.booking().reportPayment(PaymentStatus.SUCCEEDED, LATER, GRACE);

    assertThat(first.verdict()).isEqualTo(Verdict.TOO_LATE);
    assertThat(first.booking().status()).isEqualTo(ended);
    assertThat(first.booking().paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
    assertThat(first.changed()).isTrue();
    assertThat(replay.verdict()).isEqualTo(Verdict.TOO_LATE);
    assertThat(replay.changed()).isFalse();
    assertThat(replay.booking()).isSameAs(first.booking());
  }

  @ParameterizedTest
  @EnumSource(
      value = PaymentStatus.class,
      names = {"REJECTED", "CANCELED"})
  void aFailedPaymentIsRecordedAndTheBookingStaysPending(PaymentStatus failure) {
    Booking pending = paid(BookingStatus.PENDING, PaymentStatus.PENDING);

    PaymentReport report = pending.reportPayment(failure, LATER, GRACE);
    PaymentReport replay = report.booking().reportPayment(failure, LATER, GRACE);

    assertThat(report.verdict()).isEqualTo(Verdict.APPLIED);
    assertThat(report.booking().status()).isEqualTo(BookingStatus.PENDING);
    assertThat(report.booking().paymentStatus()).isEqualTo(failure);
    assertThat(replay.verdict()).isEqualTo(Verdict.UNCHANGED);
  }

  @Test
  void aSecondTryAfterARejectionCanStillSucceed() {
    Booking rejected = paid(BookingStatus.PENDING, PaymentStatus.REJECTED);

    PaymentReport submitted = rejected.reportPayment(PaymentStatus.SUBMITTED, LATER, GRACE);
    PaymentReport succeeded =
        submitted.booking().reportPayment(PaymentStatus.SUCCEEDED, LATER, GRACE);

    assertThat(submitted.booking().paymentStatus()).isEqualTo(PaymentStatus.SUBMITTED);
    assertThat(succeeded.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void aFailureAfterSuccessIsAContradiction() {
    Booking confirmed = paid(BookingStatus.CONFIRMED, PaymentStatus.SUCCEEDED);

    assertThatThrownBy(() -> confirmed.reportPayment(PaymentStatus.REJECTED, LATER, GRACE))
        .isInstanceOf(InvalidStateException.class);
  }

  @Test
  void aStaleProgressReportNeverMovesThePaymentBack() {
    Booking submitted = paid(BookingStatus.PENDING, PaymentStatus.SUBMITTED);

    assertThat(submitted.reportPayment(PaymentStatus.PENDING, LATER, GRACE).verdict())
        .isEqualTo(Verdict.UNCHANGED);
  }

  @Test
  void aRefundSettlesOnlyARequestedRefund() {
    Booking refundPending = paid(BookingStatus.CANCELLED, PaymentStatus.REFUND_PENDING);

    PaymentReport refunded = refundPending.reportPayment(PaymentStatus.REFUNDED, LATER, GRACE);

    assertThat(refunded.booking().paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(refunded.booking().reportPayment(PaymentStatus.REFUNDED, LATER, GRACE).verdict())
        .isEqualTo(Verdict.UNCHANGED);
    assertThatThrownBy(
            () ->
                paid(BookingStatus.CONFIRMED, PaymentStatus.SUCCEEDED)
                    .reportPayment(PaymentStatus.REFUNDED, LATER, GRACE))
        .isInstanceOf(InvalidStateException.class);
  }

  @Test
  void aPaymentOnAnOrganizerConfirmedBookingIsRecorded() {
    Booking manual = paid(BookingStatus.CONFIRMED, PaymentStatus.PENDING);

    PaymentReport report = manual.reportPayment(PaymentStatus.SUCCEEDED, LATER, GRACE);

    assertThat(report.verdict()).isEqualTo(Verdict.APPLIED);
    assertThat(report.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(report.booking().paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
  }

  @Test
  void aFreeBookingRefusesPaymentReports() {
    assertThatThrownBy(
            () ->
                aBooking(BookingStatus.PENDING, PaymentStatus.NOT_REQUIRED)
                    .build()
                    .reportPayment(PaymentStatus.SUCCEEDED, LATER, GRACE))
        .isInstanceOf(InvalidStateException.class);
  }

  @Test
  void theAuditRowOfAPaymentOnlyChangeIsAPaymentUpdate() {
    Booking pending = paid(BookingStatus.PENDING, PaymentStatus.PENDING);
    Booking rejected = pending.reportPayment(PaymentStatus.REJECTED, LATER, GRACE).booking();
    Booking confirmed = pending.reportPayment(PaymentStatus.SUCCEEDED, LATER, GRACE).booking();

    BookingLogEntry update = BookingLogEntry.paymentReported(pending, rejected, Optional.empty());
    BookingLogEntry change = BookingLogEntry.paymentReported(pending, confirmed, Optional.empty());

    assertThat(update.action()).isEqualTo(BookingAction.PAYMENT_UPDATE);
    assertThat(update.details())
        .containsEntry("paymentStatus", "REJECTED")
        .containsEntry("paymentId", PAYMENT.toString());
    assertThat(change.action()).isEqualTo(BookingAction.STATUS_CHANGE);
    assertThat(change.newStatus()).isEqualTo(BookingStatus.CONFIRMED);
  }
}
