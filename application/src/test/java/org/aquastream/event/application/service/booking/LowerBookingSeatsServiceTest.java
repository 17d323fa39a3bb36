package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.out.outbox.Refund;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingAction;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestBookings;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A party gets smaller: its seats go back at once, a paid difference is refunded. */
class LowerBookingSeatsServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event free =
      core.store(TestEvents.aPublishedEvent().capacity(6).maxSeatsPerBooking(4).build());
  private final Event paid =
      core.store(
          TestEvents.aPublishedEvent().capacity(6).maxSeatsPerBooking(4).price("1000.00").build());
  private final Actor alice = TestActors.user();

  private Booking paidPartyOfFour() {
    return core.store(
        TestBookings.aBookingOf(paid, alice.userId())
            .seats(4)
            .status(BookingStatus.CONFIRMED)
            .paid()
            .build());
  }

  private BookingView lower(Booking booking, int seats) {
    return core.lowerBookingSeats().lower(alice, booking.id(), seats);
  }

  @Test
  void aSmallerPartyGivesItsSeatsBackAtOnceAndIsLogged() {
    Booking booking = core.book(alice, free.id(), 4);

    BookingView view = lower(booking, 1);

    assertThat(view.booking().seats()).isEqualTo(1);
    assertThat(core.booking(booking.id()).seats()).isEqualTo(1);
    assertThat(core.event(free.id()).available()).isEqualTo(5);
    assertThat(core.availableByInvariant(free.id())).isEqualTo(5);
    assertThat(core.logOf(booking.id()))
        .last()
        .satisfies(
            (BookingLogEntry entry) -> {
              assertThat(entry.action()).isEqualTo(BookingAction.SEATS_CHANGE);
              assertThat(entry.actor()).contains(alice.userId());
              assertThat(entry.details())
                  .containsEntry("oldSeats", "4")
                  .containsEntry("seats", "1");
            });
  }

  @Test
  void aPaidPartyGetsThePriceOfTheSeatsLetGoRefundedOncePerLowering() {
    Booking booking = paidPartyOfFour();

    lower(booking, 3);
    lower(booking, 1);

    Booking after = core.booking(booking.id());
    assertThat(after.seats()).isEqualTo(1);
    assertThat(after.amount().amount()).isEqualByComparingTo(new BigDecimal("1000.00"));
    assertThat(after.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(core.outbox().refunds())
        .extracting(Refund::amount, Refund::reason, Refund::idempotencyKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                after.amount(),
                Refund.SEATS_LOWERED,
                "refund:" + after.paymentId().get() + ":seats-3"),
            org.assertj.core.groups.Tuple.tuple(
                after.amount().times(2),
                Refund.SEATS_LOWERED,
                "refund:" + after.paymentId().get() + ":seats-1"));
    assertThat(core.event(paid.id()).available()).isEqualTo(5);
  }

  @Test
  void cancellingALoweredPaidPartyRefundsOnlyWhatIsStillPaid() {
    Booking booking = paidPartyOfFour();
    lower(booking, 3);

    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThat(core.outbox().refunds())
        .extracting(refund -> refund.amount().amount())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("1000.00"), new BigDecimal("3000.00"));
    assertThat(core.event(paid.id()).available()).isEqualTo(6);
  }

  @Test
  void aPartyWhosePaymentIsOpenKeepsItsSeatsUntilPaid() {
    Booking booking = core.book(alice, paid.id(), 3);

    assertThatThrownBy(() -> lower(booking, 2)).isInstanceOf(InvalidStateException.class);

    assertThat(core.booking(booking.id()).seats()).isEqualTo(3);
    assertThat(core.event(paid.id()).available()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {0, -1, 4})
  void zeroANegativeNumberOrARaiseIsRefusedNamingSeatsAndChangesNothing(int seats) {
    Booking booking = core.book(alice, free.id(), 3);

    assertThatThrownBy(() -> lower(booking, seats))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("seats"));

    assertThat(core.booking(booking.id()).seats()).isEqualTo(3);
    assertThat(core.logOf(booking.id())).hasSize(1);
    assertThat(core.event(free.id()).available()).isEqualTo(3);
  }

  @Test
  void theSameSeatsChangeNothing() {
    Booking booking = paidPartyOfFour();

    lower(booking, 4);

    assertThat(core.logOf(booking.id())).isEmpty();
    assertThat(core.outbox().refunds()).isEmpty();
    assertThat(core.event(paid.id()).available()).isEqualTo(2);
  }

  @Test
  void anotherUsersBookingIsNotFound() {
    Booking booking = core.book(alice, free.id(), 3);

    assertThatThrownBy(() -> core.lowerBookingSeats().lower(TestActors.user(), booking.id(), 1))
        .isInstanceOf(NotFoundException.class);
    assertThat(core.booking(booking.id()).seats()).isEqualTo(3);
  }

  @Test
  void aCancelledBookingHasNoSeatsToLower() {
    Booking booking = core.book(alice, free.id(), 3);
    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThatThrownBy(() -> lower(booking, 1)).isInstanceOf(InvalidStateException.class);
    assertThat(core.event(free.id()).available()).isEqualTo(6);
  }

  @Test
  void theSeatsLetGoAreHeldForTheEarliestWaitingPartyTheyFit() {
    Event full = core.store(TestEvents.aPublishedEvent().capacity(4).maxSeatsPerBooking(4).build());
    Booking booking = core.book(alice, full.id(), 4);
    Actor carol = TestActors.user();
    Actor dave = TestActors.user();
    core.join(carol, full.id(), 3);
    core.join(dave, full.id(), 2);

    lower(booking, 2);

    assertThat(core.entryOf(carol, full.id()).status()).isEqualTo(WaitlistStatus.WAITING);
    assertThat(core.entryOf(dave, full.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(core.event(full.id()).available()).isZero();
    assertThat(core.availableByInvariant(full.id())).isZero();
  }
}
