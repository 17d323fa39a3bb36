package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingAction;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestBookings;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.junit.jupiter.api.Test;

class ConfirmBookingServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event free = core.store(TestEvents.aPublishedEvent().capacity(10).build());
  private final Event paid = core.store(TestEvents.aPublishedEvent().price("1500.00").build());
  private final Actor alice = TestActors.user();

  @Test
  void aBookingOfAFreeEventIsConfirmedAndLogged() {
    Booking booking = core.book(alice, free.id());
    core.clock().advance(Duration.ofMinutes(3));

    BookingView view = core.confirmBooking().confirm(alice, booking.id());

    assertThat(view.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(view.canConfirm()).isFalse();
    assertThat(view.canCancel()).isTrue();
    assertThat(view.remainingMinutes()).isZero();
    assertThat(view.event().id()).isEqualTo(free.id());
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(core.event(free.id()).available()).as("the seat stays taken").isEqualTo(9);
    assertThat(core.logOf(booking.id()))
        .hasSize(2)
        .last()
        .satisfies(
            (BookingLogEntry entry) -> {
              assertThat(entry.action()).isEqualTo(BookingAction.STATUS_CHANGE);
              assertThat(entry.oldStatus()).contains(BookingStatus.PENDING);
              assertThat(entry.newStatus()).isEqualTo(BookingStatus.CONFIRMED);
              assertThat(entry.actor()).contains(alice.userId());
              assertThat(entry.details()).isEqualTo(Map.of());
              assertThat(entry.at()).isEqualTo(TestTimes.NOW.plus(Duration.ofMinutes(3)));
            });
  }

  @Test
  void anUnpaidBookingOfAPaidEventIsNotConfirmed() {
    Booking booking = core.book(alice, paid.id());

    assertThatThrownBy(() -> core.confirmBooking().confirm(alice, booking.id()))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("not paid");
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.PENDING);
    assertThat(core.logOf(booking.id())).hasSize(1);
  }

  @Test
  void aPaidForBookingIsConfirmed() {
    Booking booking = core.store(TestBookings.aBookingOf(paid, alice.userId()).paid().build());

    core.confirmBooking().confirm(alice, booking.id());

    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(core.booking(booking.id()).paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
  }

  @Test
  void aBookingMayBeConfirmedUntilTheGracePeriodEnds() {
    Booking booking = core.book(alice, free.id());
    core.clock().advance(Duration.ofMinutes(35));

    core.confirmBooking().confirm(alice, booking.id());

    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void aBookingPastExpiryAndGraceIsNotConfirmed() {
    Booking booking = core.book(alice, free.id());
    core.clock().advance(Duration.ofMinutes(35).plusMillis(1));

    assertThatThrownBy(() -> core.confirmBooking().confirm(alice, booking.id()))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("expired");
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.PENDING);
    assertThat(core.logOf(booking.id())).hasSize(1);
  }

  @Test
  void someoneElsesBookingLooksMissingAndStaysPending() {
    Booking booking = core.book(alice, free.id());

    assertThatThrownBy(() -> core.confirmBooking().confirm(TestActors.user(), booking.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("booking"));
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.PENDING);
    assertThat(core.logOf(booking.id())).hasSize(1);
  }

  @Test
  void aMissingBookingIsNotFound() {
    assertThatThrownBy(() -> core.confirmBooking().confirm(alice, BookingId.newId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAdminMayConfirmAnyonesBooking() {
    Booking booking = core.book(alice, free.id());
    Actor admin = TestActors.admin();

    core.confirmBooking().confirm(admin, booking.id());

    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(core.logOf(booking.id()).getLast().actor()).contains(admin.userId());
  }

  @Test
  void aConfirmedBookingIsNotConfirmedTwice() {
    Booking booking = core.book(alice, free.id());
    core.confirmBooking().confirm(alice, booking.id());

    assertThatThrownBy(() -> core.confirmBooking().confirm(alice, booking.id()))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.logOf(booking.id())).hasSize(2);
  }

  @Test
  void aGuestIsDenied() {
    Booking booking = core.book(alice, free.id());

    assertThatThrownBy(() -> core.confirmBooking().confirm(TestActors.guest(), booking.id()))
        .isInstanceOf(AccessDeniedException.class);
  }
}
