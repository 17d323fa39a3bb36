package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.ChangeBookingStatusUseCase.Command;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestBookings;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChangeBookingStatusServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer organizer = core.anOrganizer();
  private final Actor owner = TestActors.organizerOwning(organizer);
  private final Event paidEvent =
      core.store(
          TestEvents.aPublishedEvent()
              .organizedBy(organizer.id())
              .details(TestEvents.details().price("1500.00").build())
              .capacity(10)
              .build());

  @Test
  void theOrganizerConfirmsAnUnpaidBookingAndTheSeatStaysTaken() {
    Booking booking = core.book(TestActors.user(), paidEvent.id());

    BookingView confirmed = change(owner, booking, BookingStatus.CONFIRMED);

    assertThat(confirmed.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(confirmed.booking().paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    assertThat(core.event(paidEvent.id()).available()).isEqualTo(9);
    assertThat(core.logOf(booking.id()))
        .last()
        .satisfies(
            entry -> {
              assertThat(entry.actor()).contains(owner.userId());
              assertThat(entry.newStatus()).isEqualTo(BookingStatus.CONFIRMED);
            });
    assertThat(core.metrics().count(BusinessEvent.BOOKING_CONFIRMED)).isEqualTo(1);
  }

  @Test
  void cancellingFreesTheSeatAndRequestsARefundOfAPaidBooking() {
    Booking paid =
        core.store(
            TestBookings.aBookingOf(paidEvent, TestUsers.aUser())
                .status(BookingStatus.CONFIRMED)
                .paid()
                .build());
    assertThat(core.event(paidEvent.id()).available()).isEqualTo(9);

    BookingView cancelled =
        core.changeBookingStatus()
            .change(new Command(owner, paid.id(), BookingStatus.CANCELLED, Optional.of("storm")));

    assertThat(cancelled.booking().status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(cancelled.booking().cancelReason()).contains("storm");
    assertThat(cancelled.booking().paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
    assertThat(core.event(paidEvent.id()).available()).isEqualTo(10);
  }

  @Test
  void aCancellationWithoutReasonSaysTheOrganizerCancelled() {
    Booking booking = core.book(TestActors.user(), paidEvent.id());

    assertThat(change(owner, booking, BookingStatus.CANCELLED).booking().cancelReason())
        .contains(ChangeBookingStatusService.DEFAULT_CANCEL_REASON);
  }

  @Test
  void aNoShowFreesTheSeatOnceTheEventHasStarted() {
    Booking confirmed = core.book(TestActors.user(), paidEvent.id());
    change(owner, confirmed, BookingStatus.CONFIRMED);

    assertThatThrownBy(() -> change(owner, confirmed, BookingStatus.NO_SHOW))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.event(paidEvent.id()).available()).isEqualTo(9);

    core.clock().set(paidEvent.details().schedule().start().plusSeconds(600));
    assertThat(change(owner, confirmed, BookingStatus.NO_SHOW).booking().status())
        .isEqualTo(BookingStatus.NO_SHOW);
    assertThat(core.event(paidEvent.id()).available()).isEqualTo(10);
  }

  @Test
  void onlyTheStateMachinesMovesAreAllowed() {
    Booking pending = core.book(TestActors.user(), paidEvent.id());

    assertThatThrownBy(() -> change(owner, pending, BookingStatus.NO_SHOW))
        .isInstanceOf(InvalidStateException.class);
    change(owner, pending, BookingStatus.CANCELLED);
    assertThatThrownBy(() -> change(owner, pending, BookingStatus.CONFIRMED))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.booking(pending.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(core.event(paidEvent.id()).available()).as("released once only").isEqualTo(10);
  }

  @ParameterizedTest
  @EnumSource(
      value = BookingStatus.class,
      names = {"PENDING", "EXPIRED", "COMPLETED"})
  void statusesOfTheParticipantOrTheJobsAreNotAnOrganizersToSet(BookingStatus target) {
    Booking booking = core.book(TestActors.user(), paidEvent.id());

    assertThatThrownBy(() -> change(owner, booking, target))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("status");
  }

  @Test
  void anotherOrganizersBookingIsReportedMissingAndStaysUnchanged() {
    Booking booking = core.book(TestActors.user(), paidEvent.id());
    Actor stranger = TestActors.organizerOwning(core.anOrganizer());

    assertThatThrownBy(() -> change(stranger, booking, BookingStatus.CANCELLED))
        .isInstanceOf(NotFoundException.class);
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.PENDING);
    assertThat(core.logOf(booking.id())).extracting(BookingLogEntry::newStatus).hasSize(1);
  }

  @Test
  void anAdminMayChangeAnyBookingAndAUserNone() {
    Booking booking = core.book(TestActors.user(), paidEvent.id());

    assertThatThrownBy(() -> change(TestActors.user(), booking, BookingStatus.CANCELLED))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(change(TestActors.admin(), booking, BookingStatus.CONFIRMED).booking().status())
        .isEqualTo(BookingStatus.CONFIRMED);
  }

  private BookingView change(Actor actor, Booking booking, BookingStatus target) {
    return core.changeBookingStatus()
        .change(new Command(actor, booking.id(), target, Optional.empty()));
  }
}
