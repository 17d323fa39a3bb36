package org.aquastream.event.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingAction;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestBookings;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestUsers;
import org.junit.jupiter.api.Test;

class CancelEventServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final Actor owner = TestActors.organizerOwning(club);
  private final Event event =
      core.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(10).build());

  @Test
  void cancellingAnEventCancelsEveryActiveBookingAndReturnsEverySeat() {
    Actor alice = TestActors.user();
    Actor bob = TestActors.user();
    Actor carol = TestActors.user();
    Booking pending = core.book(alice, event.id());
    Booking confirmed = core.book(bob, event.id());
    core.confirmBooking().confirm(bob, confirmed.id());
    Booking leftEarlier = core.book(carol, event.id());
    core.cancelBooking().cancel(carol, leftEarlier.id(), Optional.of("cannot come"));
    core.clock().advance(Duration.ofHours(1));

    EventView view = core.cancelEvent().cancel(owner, event.id());

    assertThat(view.event().status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(view.event().available()).isEqualTo(10);
    assertThat(core.event(event.id()).available()).isEqualTo(10);
    assertThat(core.activeBookingsOf(event.id())).isEmpty();
    for (Booking b : List.of(pending, confirmed)) {
      Booking after = core.booking(b.id());
      assertThat(after.status()).isEqualTo(BookingStatus.CANCELLED);
      assertThat(after.cancelReason()).contains("EVENT_CANCELLED");
      assertThat(after.updatedAt()).isEqualTo(core.clock().now());
      BookingLogEntry last = core.logOf(b.id()).getLast();
      assertThat(last.action()).isEqualTo(BookingAction.STATUS_CHANGE);
      assertThat(last.newStatus()).isEqualTo(BookingStatus.CANCELLED);
      assertThat(last.actor()).contains(owner.userId());
      assertThat(last.details()).isEqualTo(Map.of("reason", "EVENT_CANCELLED"));
      assertThat(last.at()).isEqualTo(core.clock().now());
    }
    assertThat(core.logOf(pending.id()).getLast().oldStatus()).contains(BookingStatus.PENDING);
    assertThat(core.logOf(confirmed.id()).getLast().oldStatus()).contains(BookingStatus.CONFIRMED);
    assertThat(core.booking(leftEarlier.id()).cancelReason()).contains("cannot come");
    assertThat(core.logOf(leftEarlier.id())).hasSize(2);
  }

  @Test
  void aPaidBookingOfACancelledEventAsksForItsRefund() {
    Event paid =
        core.store(TestEvents.aPublishedEvent().organizedBy(club).price("1500.00").build());
    Booking booking =
        core.store(
            TestBookings.aBookingOf(paid, TestUsers.aUser())
                .status(BookingStatus.CONFIRMED)
                .paid()
                .build());

    core.cancelEvent().cancel(owner, paid.id());

    assertThat(core.booking(booking.id()).paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
  }

  @Test
  void aCancelledEventTakesNoMoreBookings() {
    core.cancelEvent().cancel(owner, event.id());

    BookingOutcome outcome =
        core.createBooking()
            .book(
                new CreateBookingUseCase.Command(TestActors.user(), event.id(), Optional.empty()));

    assertThat(outcome)
        .isEqualTo(new BookingOutcome.EventNotOpen(event.id(), "The event is cancelled"));
  }

  @Test
  void aDraftCanBeCancelled() {
    Event draft = core.store(TestEvents.aDraftEvent().organizedBy(club).build());

    core.cancelEvent().cancel(owner, draft.id());

    assertThat(core.event(draft.id()).status()).isEqualTo(EventStatus.CANCELLED);
  }

  @Test
  void anAdminMayCancelAnyEvent() {
    Booking booking = core.book(TestActors.user(), event.id());
    Actor admin = TestActors.admin();

    core.cancelEvent().cancel(admin, event.id());

    assertThat(core.event(event.id()).status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(core.logOf(booking.id()).getLast().actor()).contains(admin.userId());
  }

  @Test
  void anotherOrganizerMayNotCancelAndNothingChanges() {
    Booking booking = core.book(TestActors.user(), event.id());
    Actor rival = TestActors.organizerOwning(core.anOrganizer());

    assertThatThrownBy(() -> core.cancelEvent().cancel(rival, event.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(core.event(event.id()).status()).isEqualTo(EventStatus.PUBLISHED);
    assertThat(core.event(event.id()).available()).isEqualTo(9);
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.PENDING);
    assertThat(core.logOf(booking.id())).hasSize(1);
  }

  @Test
  void aMissingEventIsNotFound() {
    assertThatThrownBy(() -> core.cancelEvent().cancel(owner, EventId.newId()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("event"));
  }

  @Test
  void aCancelledEventCannotBeCancelledAgain() {
    core.cancelEvent().cancel(owner, event.id());
    int logRows = core.wholeLog().size();

    assertThatThrownBy(() -> core.cancelEvent().cancel(owner, event.id()))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.wholeLog()).hasSize(logRows);
  }

  @Test
  void aCompletedEventCannotBeCancelledAndItsBookingsStay() {
    Event completed =
        core.store(TestEvents.anEvent().organizedBy(club).status(EventStatus.COMPLETED).build());
    Booking attended =
        core.store(
            TestBookings.aBookingOf(completed, TestUsers.aUser())
                .status(BookingStatus.CONFIRMED)
                .build());

    assertThatThrownBy(() -> core.cancelEvent().cancel(owner, completed.id()))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.booking(attended.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(core.event(completed.id()).status()).isEqualTo(EventStatus.COMPLETED);
  }
}
