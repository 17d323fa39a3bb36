package org.aquastream.event.domain.booking;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.testdata.TestBookings.TTL;
import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.aquastream.event.domain.testdata.TestEvents.rub;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A booking for a party: several seats in one booking, and fewer of them later. */
class PartyBookingTest {
  private static final Instant LATER = NOW.plusSeconds(600);
  private static final Event FAMILY_TRIP =
      aPublishedEvent().price("1500").capacity(12).maxSeatsPerBooking(4).build();
  private static final Event FREE_TRIP =
      aPublishedEvent().capacity(12).maxSeatsPerBooking(4).build();

  private static Booking party(Event event, int seats) {
    return Booking.create(BookingId.newId(), event, ALICE, seats, ALICE, NOW, TTL);
  }

  @Nested
  class Creating {
    @Test
    void aPartyTakesItsSeatsAndCostsThePriceOfEachSeat() {
      Booking booking = party(FAMILY_TRIP, 3);

      assertThat(booking.seats()).isEqualTo(3);
      assertThat(booking.amount()).isEqualTo(rub("4500.00"));
    }

    @Test
    void aPartyOfOneIsTheBookingOfOneSeat() {
      assertThat(party(aPublishedEvent().price("1500").build(), 1).amount())
          .isEqualTo(rub("1500.00"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 5, Integer.MAX_VALUE})
    void aPartyOutsideOneToTheEventsMaximumIsRefusedNamingSeats(int seats) {
      assertInvalidField(() -> party(FAMILY_TRIP, seats)).isEqualTo("seats");
    }

    @Test
    void aStoredBookingHoldsAtLeastOneSeat() {
      assertThatThrownBy(() -> aBookingOf(FREE_TRIP, ALICE).seats(0).build())
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class Lowering {
    @Test
    void aPendingPartyWithoutPaymentKeepsFewerSeatsAndCostsTheirPrice() {
      Booking booking = party(FREE_TRIP, 4);

      Booking smaller = booking.lowerSeats(2, LATER);

      assertThat(smaller.seats()).isEqualTo(2);
      assertThat(smaller.status()).isEqualTo(BookingStatus.PENDING);
      assertThat(smaller.amount()).isEqualTo(rub("0.00"));
      assertThat(smaller.updatedAt()).isEqualTo(LATER);
      assertThat(smaller.expiresAt()).isEqualTo(booking.expiresAt());
      assertThat(smaller.refundOfLoweringFrom(booking)).isEmpty();
    }

    @Test
    void aPaidConfirmedPartyKeepsPaidWhatItsSeatsCostAndGetsTheRestBack() {
      Booking paid =
          aBookingOf(FAMILY_TRIP, ALICE).seats(4).paid().status(BookingStatus.CONFIRMED).build();

      Booking smaller = paid.lowerSeats(1, LATER);

      assertThat(smaller.seats()).isEqualTo(1);
      assertThat(smaller.status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThat(smaller.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
      assertThat(smaller.amount()).isEqualTo(rub("1500.00"));
      assertThat(smaller.refundOfLoweringFrom(paid)).contains(rub("4500.00"));
    }

    @Test
    void aPartyConfirmedByItsOrganizerGetsItsMoneyBackOutsideTheService() {
      Booking paidOutside =
          aBookingOf(FAMILY_TRIP, ALICE).seats(3).status(BookingStatus.CONFIRMED).build();

      Booking smaller = paidOutside.lowerSeats(2, LATER);

      assertThat(smaller.amount()).isEqualTo(rub("3000.00"));
      assertThat(smaller.refundOfLoweringFrom(paidOutside)).isEmpty();
    }

    @Test
    void thePartyOfAPendingBookingThatMustBePaidCannotShrinkWhileItsPaymentIsOpen() {
      Booking awaitingPayment = party(FAMILY_TRIP, 3);

      assertThatThrownBy(() -> awaitingPayment.lowerSeats(2, LATER))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("payment");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -2, 4, 40})
    void zeroANegativeNumberOrARaiseIsRefusedNamingSeats(int seats) {
      Booking booking = party(FREE_TRIP, 3);

      assertInvalidField(() -> booking.lowerSeats(seats, LATER)).isEqualTo("seats");
    }

    @Test
    void theSameSeatsChangeNothing() {
      Booking booking = party(FREE_TRIP, 3);

      assertThat(booking.lowerSeats(3, LATER)).isSameAs(booking);
    }

    @ParameterizedTest
    @EnumSource(
        value = BookingStatus.class,
        names = {"PENDING", "CONFIRMED"},
        mode = EnumSource.Mode.EXCLUDE)
    void aBookingThatHoldsNoSeatsCannotGiveAnyBack(BookingStatus status) {
      Booking ended = aBookingOf(FREE_TRIP, ALICE).seats(3).status(status).build();

      assertThatThrownBy(() -> ended.lowerSeats(2, LATER))
          .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aLaterCancellationRefundsWhatIsStillPaid() {
      Booking paid =
          aBookingOf(FAMILY_TRIP, ALICE).seats(4).paid().status(BookingStatus.CONFIRMED).build();

      Booking cancelled = paid.lowerSeats(3, LATER).cancel("ill", LATER.plusSeconds(1));

      assertThat(cancelled.amount()).isEqualTo(rub("4500.00"));
      assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
    }
  }
}
