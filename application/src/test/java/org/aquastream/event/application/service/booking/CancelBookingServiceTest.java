package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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

class CancelBookingServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event event = core.store(TestEvents.aPublishedEvent().capacity(10).build());
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();

  @Test
  void cancellingGivesTheSeatBackAndLogsTheReason() {
    Booking booking = core.book(alice, event.id());
    core.book(bob, event.id());
    core.clock().advance(Duration.ofMinutes(4));

    BookingView view = core.cancelBooking().cancel(alice, booking.id(), Optional.of("ill"));

    assertThat(view.booking().status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(view.booking().cancelReason()).contains("ill");
    assertThat(view.canCancel()).isFalse();
    assertThat(view.canConfirm()).isFalse();
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(core.event(event.id()).available()).isEqualTo(9);
    assertThat(core.logOf(booking.id()))
        .hasSize(2)
        .last()
        .satisfies(
            (BookingLogEntry entry) -> {
              assertThat(entry.action()).isEqualTo(BookingAction.STATUS_CHANGE);
              assertThat(entry.oldStatus()).contains(BookingStatus.PENDING);
              assertThat(entry.newStatus()).isEqualTo(BookingStatus.CANCELLED);
              assertThat(entry.actor()).contains(alice.userId());
              assertThat(entry.details()).isEqualTo(Map.of("reason", "ill"));
              assertThat(entry.at()).isEqualTo(TestTimes.NOW.plus(Duration.ofMinutes(4)));
            });
  }

  @Test
  void aReasonIsOptional() {
    Booking booking = core.book(alice, event.id());

    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThat(core.booking(booking.id()).cancelReason()).isEmpty();
    assertThat(core.logOf(booking.id()).getLast().newStatus()).isEqualTo(BookingStatus.CANCELLED);
  }

  @Test
  void aConfirmedBookingCanBeCancelled() {
    Booking booking = core.book(alice, event.id());
    core.confirmBooking().confirm(alice, booking.id());

    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(core.logOf(booking.id()).getLast().oldStatus()).contains(BookingStatus.CONFIRMED);
    assertThat(core.event(event.id()).available()).isEqualTo(10);
  }

  @Test
  void cancellingAPaidBookingAsksForItsRefund() {
    Event paid = core.store(TestEvents.aPublishedEvent().price("990.00").build());
    Booking booking =
        core.store(
            TestBookings.aBookingOf(paid, alice.userId())
                .status(BookingStatus.CONFIRMED)
                .paid()
                .build());

    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThat(core.booking(booking.id()).paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
  }

  @Test
  void aBookingCannotBeCancelledTwiceNorItsSeatReturnedTwice() {
    Booking booking = core.book(alice, event.id());
    core.book(bob, event.id());
    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThatThrownBy(() -> core.cancelBooking().cancel(alice, booking.id(), Optional.empty()))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.event(event.id()).available()).isEqualTo(9);
    assertThat(core.logOf(booking.id())).hasSize(2);
  }

  @Test
  void anExpiredBookingCannotBeCancelled() {
    Booking expired =
        core.store(
            TestBookings.aBookingOf(event, alice.userId()).status(BookingStatus.EXPIRED).build());

    assertThatThrownBy(() -> core.cancelBooking().cancel(alice, expired.id(), Optional.empty()))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.booking(expired.id()).status()).isEqualTo(BookingStatus.EXPIRED);
    assertThat(core.event(event.id()).available()).isEqualTo(10);
    assertThat(core.logOf(expired.id())).isEmpty();
  }

  @Test
  void someoneElsesBookingLooksMissingAndStaysActive() {
    Booking booking = core.book(alice, event.id());

    assertThatThrownBy(() -> core.cancelBooking().cancel(bob, booking.id(), Optional.empty()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("booking"));
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.PENDING);
    assertThat(core.event(event.id()).available()).isEqualTo(9);
  }

  @Test
  void aMissingBookingIsNotFound() {
    assertThatThrownBy(
            () -> core.cancelBooking().cancel(alice, BookingId.newId(), Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAdminMayCancelAnyonesBooking() {
    Booking booking = core.book(alice, event.id());
    Actor admin = TestActors.admin();

    core.cancelBooking().cancel(admin, booking.id(), Optional.of("duplicate"));

    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(core.logOf(booking.id()).getLast().actor()).contains(admin.userId());
    assertThat(core.event(event.id()).available()).isEqualTo(10);
  }

  @Test
  void aGuestIsDenied() {
    Booking booking = core.book(alice, event.id());

    assertThatThrownBy(
            () -> core.cancelBooking().cancel(TestActors.guest(), booking.id(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.PENDING);
  }

  @Test
  void theFreedSeatCanBeBookedByTheNextUser() {
    Event one = core.store(TestEvents.aPublishedEvent().capacity(1).build());
    Booking booking = core.book(alice, one.id());

    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThat(core.book(bob, one.id()).userId()).isEqualTo(bob.userId());
    assertThat(core.event(one.id()).available()).isZero();
  }
}
