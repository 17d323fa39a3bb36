package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase.Command;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase.Outcome;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase.Recorded;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase.TooLate;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingAction;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

/** Payment callbacks: confirm in time, replays change nothing, late money is refunded. */
class PaymentCallbackTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event paid =
      core.store(TestEvents.aPublishedEvent().price("1500.00").capacity(1).build());
  private final Actor alice = TestActors.user();
  private final Booking booking = core.book(alice, paid.id());
  private final UUID paymentId = core.booking(booking.id()).paymentId().orElseThrow();

  private Outcome report(PaymentStatus status) {
    return core.recordPaymentStatus().record(new Command(Optional.empty(), paymentId, status));
  }

  private long statusRows() {
    return core.logOf(booking.id()).stream()
        .filter(e -> e.action() != BookingAction.CREATED)
        .count();
  }

  @Test
  void aSucceededPaymentConfirmsThePendingBookingAndTellsTheUser() {
    Outcome outcome = report(PaymentStatus.SUCCEEDED);

    assertThat(outcome).isInstanceOf(Recorded.class);
    assertThat(((Recorded) outcome).changed()).isTrue();
    Booking confirmed = core.booking(booking.id());
    assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(confirmed.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(core.logOf(booking.id()).getLast().details())
        .containsEntry("paymentId", paymentId.toString())
        .containsEntry("paymentStatus", "SUCCEEDED");
    assertThat(core.notifications(NotificationTemplate.BOOKING_CONFIRMED)).hasSize(1);
  }

  @Test
  void aReplayedCallbackChangesTheBookingOnceWithOneAuditRow() {
    report(PaymentStatus.SUCCEEDED);
    Outcome replay = report(PaymentStatus.SUCCEEDED);

    assertThat(replay).isEqualTo(new Recorded(replay.booking(), false));
    assertThat(statusRows()).isEqualTo(1);
    assertThat(core.notifications(NotificationTemplate.BOOKING_CONFIRMED)).hasSize(1);
  }

  @Test
  void aPaymentWithinTheGracePeriodStillConfirms() {
    core.clock().advance(InMemoryCore.POLICY.ttl().plus(Duration.ofMinutes(4)));

    assertThat(report(PaymentStatus.SUCCEEDED)).isInstanceOf(Recorded.class);
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void moneyForAnExpiredBookingIsRefundedAndNeverBringsItBack() {
    core.clock().advance(InMemoryCore.POLICY.ttl().plus(Duration.ofMinutes(6)));
    core.expirePendingBookings().expirePendingBookings();

    Outcome first = report(PaymentStatus.SUCCEEDED);
    Outcome replay = report(PaymentStatus.SUCCEEDED);

    assertThat(first).isInstanceOf(TooLate.class);
    assertThat(replay).isInstanceOf(TooLate.class);
    Booking after = core.booking(booking.id());
    assertThat(after.status()).isEqualTo(BookingStatus.EXPIRED);
    assertThat(after.paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
    assertThat(core.outbox().refunds())
        .singleElement()
        .satisfies(refund -> assertThat(refund.paymentId()).isEqualTo(paymentId));
    assertThat(core.logOf(booking.id()))
        .filteredOn(e -> e.action() == BookingAction.PAYMENT_UPDATE)
        .singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("paymentStatus", "REFUND_PENDING"));
  }

  @Test
  void moneyPastTheGracePeriodExpiresTheBookingAtOnceAndFreesItsSeat() {
    core.clock().advance(InMemoryCore.POLICY.ttl().plus(Duration.ofMinutes(6)));

    Outcome outcome = report(PaymentStatus.SUCCEEDED);

    assertThat(outcome).isInstanceOf(TooLate.class);
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.EXPIRED);
    assertThat(core.event(paid.id()).available()).isEqualTo(1);
    assertThat(core.outbox().refunds()).hasSize(1);
    assertThat(core.notifications(NotificationTemplate.BOOKING_EXPIRED)).hasSize(1);
  }

  @Test
  void moneyForACancelledBookingIsRefunded() {
    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThat(report(PaymentStatus.SUCCEEDED)).isInstanceOf(TooLate.class);
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(core.outbox().refunds()).hasSize(1);
  }

  @Test
  void aRejectedPaymentLeavesTheBookingPendingSoTheUserMayPayAgain() {
    report(PaymentStatus.REJECTED);

    Booking after = core.booking(booking.id());
    assertThat(after.status()).isEqualTo(BookingStatus.PENDING);
    assertThat(after.paymentStatus()).isEqualTo(PaymentStatus.REJECTED);
    assertThat(core.event(paid.id()).available()).isZero();
  }

  @Test
  void withCancelOnFailureARejectedPaymentCancelsTheBookingAndFreesTheSeat() {
    InMemoryCore strict = new InMemoryCore(InMemoryCore.WAITLIST, new PaymentPolicy(true), false);
    Event event = strict.store(TestEvents.aPublishedEvent().price("700.00").capacity(1).build());
    Booking mine = strict.book(alice, event.id());
    UUID payment = strict.booking(mine.id()).paymentId().orElseThrow();

    strict
        .recordPaymentStatus()
        .record(new Command(Optional.empty(), payment, PaymentStatus.CANCELED));

    Booking after = strict.booking(mine.id());
    assertThat(after.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(after.cancelReason()).contains("PAYMENT_CANCELED");
    assertThat(strict.event(event.id()).available()).isEqualTo(1);
  }

  @Test
  void aRejectionAfterSuccessIsRefused() {
    report(PaymentStatus.SUCCEEDED);

    assertThatThrownBy(() -> report(PaymentStatus.REJECTED))
        .isInstanceOf(InvalidStateException.class);
  }

  @Test
  void anUnknownPaymentIsNotFound() {
    assertThatThrownBy(
            () ->
                core.recordPaymentStatus()
                    .record(
                        new Command(Optional.empty(), UUID.randomUUID(), PaymentStatus.SUCCEEDED)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAdminReportIsAuditedUnderTheAdminsName() {
    Actor admin = TestActors.admin();

    core.recordPaymentStatus()
        .record(new Command(admin.user(), paymentId, PaymentStatus.SUCCEEDED));

    assertThat(core.logOf(booking.id()).getLast().actor()).isEqualTo(admin.user());
  }
}
