package org.aquastream.event.domain.booking;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.InvalidValues.text;
import static org.aquastream.event.domain.testdata.TestBookings.GRACE;
import static org.aquastream.event.domain.testdata.TestBookings.TTL;
import static org.aquastream.event.domain.testdata.TestBookings.aBooking;
import static org.aquastream.event.domain.testdata.TestEvents.CURRENCY;
import static org.aquastream.event.domain.testdata.TestEvents.START;
import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestEvents.rub;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.ALICE;
import static org.aquastream.event.domain.testdata.TestUsers.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BookingTest {
  private static final Instant DEADLINE = NOW.plus(TTL).plus(GRACE);

  private static Booking create(Event event) {
    return Booking.create(BookingId.newId(), event, ALICE, 1, ALICE, NOW, TTL);
  }

  private static Booking withPayment(PaymentStatus payment) {
    return aBooking(BookingStatus.PENDING, payment).build();
  }

  @Nested
  class Creating {
    @Test
    void aBookingOfAFreeEventIsPendingAndNeedsNoPayment() {
      Event event = aPublishedEvent().capacity(10).build();
      BookingId id = BookingId.newId();

      Booking booking = Booking.create(id, event, ALICE, 1, BOB, NOW, TTL);

      assertThat(booking.id()).isEqualTo(id);
      assertThat(booking.eventId()).isEqualTo(event.id());
      assertThat(booking.userId()).isEqualTo(ALICE);
      assertThat(booking.createdBy()).isEqualTo(BOB);
      assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
      assertThat(booking.amount()).isEqualTo(rub("0.00"));
      assertThat(booking.amount().currency()).isEqualTo(CURRENCY);
      assertThat(booking.paymentStatus()).isEqualTo(PaymentStatus.NOT_REQUIRED);
      assertThat(booking.expiresAt()).contains(NOW.plus(TTL));
      assertThat(booking.createdAt()).isEqualTo(NOW);
      assertThat(booking.updatedAt()).isEqualTo(NOW);
      assertThat(booking.paymentId()).isEmpty();
      assertThat(booking.paymentUrl()).isEmpty();
      assertThat(booking.cancelReason()).isEmpty();
    }

    @Test
    void aBookingOfAPaidEventCostsTheEventPriceAndWaitsForPayment() {
      Booking booking = create(aPublishedEvent().price("1500").capacity(10).build());

      assertThat(booking.amount()).isEqualTo(rub("1500.00"));
      assertThat(booking.amount().amount()).isEqualTo(new BigDecimal("1500.00"));
      assertThat(booking.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aPriceOfZeroIsFree() {
      Booking booking = create(aPublishedEvent().price("0").capacity(5).build());

      assertThat(booking.amount().isZero()).isTrue();
      assertThat(booking.paymentStatus()).isEqualTo(PaymentStatus.NOT_REQUIRED);
    }

    @Test
    void theBookingExpiresAfterTheTtl() {
      Booking booking =
          Booking.create(
              BookingId.newId(),
              aPublishedEvent().capacity(1).build(),
              ALICE,
              1,
              ALICE,
              NOW,
              Duration.ofMinutes(7));

      assertThat(booking.expiresAt()).contains(NOW.plus(Duration.ofMinutes(7)));
    }

    @ParameterizedTest
    @EnumSource(value = EventStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPublishedEventCanBeBooked(EventStatus status) {
      Event event = anEvent().status(status).capacity(10).build();

      assertThatThrownBy(() -> create(event)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anEventThatHasStartedCannotBeBooked() {
      Event event = aPublishedEvent().capacity(10).build();

      assertThatThrownBy(
              () -> Booking.create(BookingId.newId(), event, ALICE, 1, ALICE, START, TTL))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("started");
    }

    @Test
    void aStoredPendingBookingNeedsAnExpiry() {
      assertThatThrownBy(
              () ->
                  Booking.restore()
                      .id(BookingId.newId())
                      .eventId(aPublishedEvent().capacity(1).build().id())
                      .userId(ALICE)
                      .status(BookingStatus.PENDING)
                      .amount(rub("0"))
                      .paymentStatus(PaymentStatus.NOT_REQUIRED)
                      .createdBy(ALICE)
                      .createdAt(NOW)
                      .updatedAt(NOW)
                      .build())
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBookingBelongsToItsUser() {
      Booking booking = create(aPublishedEvent().capacity(1).build());

      assertThat(booking.belongsTo(ALICE)).isTrue();
      assertThat(booking.belongsTo(BOB)).isFalse();
    }
  }

  @Nested
  class Confirming {
    @Test
    void aFreeBookingIsConfirmedByItsUser() {
      Booking confirmed =
          create(aPublishedEvent().capacity(1).build()).confirm(NOW.plusSeconds(10), GRACE);

      assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThat(confirmed.updatedAt()).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void aPaidForBookingIsConfirmed() {
      assertThat(withPayment(PaymentStatus.SUCCEEDED).confirm(NOW, GRACE).status())
          .isEqualTo(BookingStatus.CONFIRMED);
    }

    @ParameterizedTest
    @EnumSource(
        value = PaymentStatus.class,
        names = {"PENDING", "SUBMITTED", "REJECTED", "CANCELED", "REFUND_PENDING", "REFUNDED"})
    void anUnpaidBookingIsNotConfirmed(PaymentStatus payment) {
      Booking unpaid = withPayment(payment);

      assertThatThrownBy(() -> unpaid.confirm(NOW, GRACE))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("not paid");
      assertThat(unpaid.canConfirm(NOW, GRACE)).isFalse();
    }

    @Test
    void aBookingMayStillBeConfirmedDuringTheGracePeriod() {
      Booking booking = create(aPublishedEvent().capacity(1).build());

      assertThat(booking.confirm(NOW.plus(TTL).plusSeconds(1), GRACE).status())
          .isEqualTo(BookingStatus.CONFIRMED);
      assertThat(booking.confirm(DEADLINE, GRACE).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aBookingPastExpiryAndGraceIsNotConfirmed() {
      Booking booking = create(aPublishedEvent().capacity(1).build());

      assertThatThrownBy(() -> booking.confirm(DEADLINE.plusMillis(1), GRACE))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("expired");
      assertThat(booking.isPastDeadline(DEADLINE, GRACE)).isFalse();
      assertThat(booking.isPastDeadline(DEADLINE.plusMillis(1), GRACE)).isTrue();
    }

    @Test
    void canConfirmTellsWhetherConfirmWouldSucceed() {
      Booking free = create(aPublishedEvent().capacity(1).build());

      assertThat(free.canConfirm(NOW, GRACE)).isTrue();
      assertThat(free.canConfirm(DEADLINE, GRACE)).isTrue();
      assertThat(free.canConfirm(DEADLINE.plusMillis(1), GRACE)).isFalse();
      assertThat(withPayment(PaymentStatus.SUCCEEDED).canConfirm(NOW, GRACE)).isTrue();
      assertThat(free.confirm(NOW, GRACE).canConfirm(NOW, GRACE)).isFalse();
    }

    @Test
    void onlyAPendingBookingCanBePastItsDeadline() {
      Booking confirmed = aBooking(BookingStatus.CONFIRMED, PaymentStatus.NOT_REQUIRED).build();

      assertThat(confirmed.isPastDeadline(DEADLINE.plus(Duration.ofDays(1)), GRACE)).isFalse();
    }
  }

  @Nested
  class Cancelling {
    @Test
    void cancellingKeepsTheReasonTrimmed() {
      Booking cancelled =
          create(aPublishedEvent().capacity(1).build())
              .cancel("  plans changed ", NOW.plusSeconds(5));

      assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
      assertThat(cancelled.cancelReason()).contains("plans changed");
      assertThat(cancelled.updatedAt()).isEqualTo(NOW.plusSeconds(5));
      assertThat(cancelled.canCancel()).isFalse();
    }

    @Test
    void aReasonIsOptional() {
      assertThat(create(aPublishedEvent().capacity(1).build()).cancel(null, NOW).cancelReason())
          .isEmpty();
      assertThat(create(aPublishedEvent().capacity(1).build()).cancel("  ", NOW).cancelReason())
          .isEmpty();
    }

    @Test
    void aReasonHasAtMostFiveHundredCharacters() {
      Booking booking = create(aPublishedEvent().capacity(1).build());

      assertThat(booking.cancel(text(500), NOW).cancelReason()).hasValue(text(500));
      assertInvalidField(() -> booking.cancel(text(501), NOW)).isEqualTo("reason");
    }

    @Test
    void cancellingAPaidBookingAsksForItsRefund() {
      Booking paid = aBooking(BookingStatus.CONFIRMED, PaymentStatus.SUCCEEDED).build();

      assertThat(paid.cancel("ill", NOW).paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = "SUCCEEDED", mode = EnumSource.Mode.EXCLUDE)
    void nothingIsRefundedThatWasNotPaid(PaymentStatus payment) {
      Booking booking = aBooking(BookingStatus.PENDING, payment).build();

      assertThat(booking.cancel("ill", NOW).paymentStatus()).isEqualTo(payment);
    }

    @Test
    void aBookingCannotBeCancelledTwice() {
      Booking cancelled = create(aPublishedEvent().capacity(1).build()).cancel("once", NOW);

      assertThatThrownBy(() -> cancelled.cancel("twice", NOW))
          .isInstanceOf(InvalidStateException.class);
    }
  }

  @Nested
  class RemainingMinutes {
    @Test
    void aFreshBookingHasTheWholeTtlLeft() {
      assertThat(create(aPublishedEvent().capacity(1).build()).remainingMinutes(NOW)).isEqualTo(30);
    }

    @Test
    void partMinutesCountAsWholeMinutes() {
      Booking booking = create(aPublishedEvent().capacity(1).build());

      assertThat(booking.remainingMinutes(NOW.plusSeconds(1))).isEqualTo(30);
      assertThat(booking.remainingMinutes(NOW.plusSeconds(59))).isEqualTo(30);
      assertThat(booking.remainingMinutes(NOW.plusSeconds(60))).isEqualTo(29);
      assertThat(booking.remainingMinutes(NOW.plus(TTL).minusSeconds(1))).isEqualTo(1);
    }

    @Test
    void lessThanASecondLeftIsStillAMinuteLeft() {
      Booking booking = create(aPublishedEvent().capacity(1).build());

      assertThat(booking.remainingMinutes(NOW.plus(TTL).minusMillis(500))).isEqualTo(1);
      assertThat(booking.remainingMinutes(NOW.plus(TTL).minusNanos(1))).isEqualTo(1);
      assertThat(booking.remainingMinutes(NOW.plusMillis(500))).isEqualTo(30);
      assertThat(booking.remainingMinutes(NOW.plus(Duration.ofMinutes(10)).minusMillis(500)))
          .isEqualTo(21);
    }

    @Test
    void noTimeIsLeftAtOrAfterExpiry() {
      Booking booking = create(aPublishedEvent().capacity(1).build());

      assertThat(booking.remainingMinutes(NOW.plus(TTL))).isZero();
      assertThat(booking.remainingMinutes(DEADLINE)).isZero();
    }

    @Test
    void onlyAPendingBookingCountsDown() {
      Booking confirmed = create(aPublishedEvent().capacity(1).build()).confirm(NOW, GRACE);

      assertThat(confirmed.remainingMinutes(NOW)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(PaymentStatus.class)
  void onlyNoPaymentOrASucceededOneIsSettled(PaymentStatus payment) {
    boolean settled = payment == PaymentStatus.NOT_REQUIRED || payment == PaymentStatus.SUCCEEDED;

    assertThat(payment.isSettled()).isEqualTo(settled);
  }
}
