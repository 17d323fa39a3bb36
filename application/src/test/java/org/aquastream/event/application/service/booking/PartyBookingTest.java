package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.Booked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.KeyReused;
import org.aquastream.event.application.port.in.booking.BookingOutcome.SoldOut;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase.Command;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

/** Booking for a party: all its seats or none, each paid for, at most the event's maximum. */
class PartyBookingTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event trip =
      core.store(
          TestEvents.aPublishedEvent().capacity(5).maxSeatsPerBooking(4).price("1000.00").build());
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();

  private BookingOutcome book(Actor actor, int seats) {
    return core.createBooking().book(new Command(actor, trip.id(), seats, Optional.empty()));
  }

  private BookingOutcome book(Actor actor, int seats, String key) {
    return core.createBooking().book(new Command(actor, trip.id(), seats, Optional.of(key)));
  }

  @Test
  void aPartyTakesAllItsSeatsAndPaysForEachOfThem() {
    Booking booking = core.book(alice, trip.id(), 3);

    assertThat(booking.seats()).isEqualTo(3);
    assertThat(booking.amount().amount()).isEqualByComparingTo(new BigDecimal("3000.00"));
    assertThat(core.event(trip.id()).available()).isEqualTo(2);
    assertThat(core.availableByInvariant(trip.id())).isEqualTo(2);
    assertThat(core.logOf(booking.id()).getFirst().details()).containsEntry("seats", "3");
  }

  @Test
  void aPartyLargerThanTheEventAllowsIsRefusedNamingSeatsAndNothingIsWritten() {
    assertThatThrownBy(() -> book(alice, 5))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("seats"));

    assertThat(core.activeBookingsOf(trip.id())).isEmpty();
    assertThat(core.event(trip.id()).available()).isEqualTo(5);
  }

  @Test
  void aPartyThatDoesNotFitIsSoldOutWithTheSeatsStillFreeAndASmallerOneStillFits() {
    core.book(alice, trip.id(), 3);

    assertThat(book(bob, 3)).isEqualTo(new SoldOut(trip.id(), 2));
    assertThat(core.event(trip.id()).available()).isEqualTo(2);

    assertThat(book(bob, 2)).isInstanceOf(Booked.class);
    assertThat(core.event(trip.id()).available()).isZero();
    assertThat(core.availableByInvariant(trip.id())).isZero();
  }

  @Test
  void theSameKeyForOtherSeatsIsAnotherRequestAndIsRefused() {
    assertThat(book(alice, 2, "trip-1")).isInstanceOf(Booked.class);

    assertThat(book(alice, 3, "trip-1")).isEqualTo(new KeyReused("trip-1"));
    assertThat(book(alice, 2, "trip-1"))
        .isInstanceOfSatisfying(Booked.class, booked -> assertThat(booked.replayed()).isTrue());
    assertThat(core.event(trip.id()).available()).isEqualTo(3);
  }

  @Test
  void aBookingOfOneSeatKeepsTheFingerprintItHadBeforeParties() {
    assertThat(IdempotentAnswers.fingerprint(new Command(alice, trip.id(), 1, Optional.empty())))
        .isEqualTo("POST /bookings eventId=" + trip.id());
    assertThat(IdempotentAnswers.fingerprint(new Command(alice, trip.id(), 2, Optional.empty())))
        .isEqualTo("POST /bookings eventId=" + trip.id() + " seats=2");
  }
}
