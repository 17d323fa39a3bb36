package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.AlreadyBooked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.Booked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotFound;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotOpen;
import org.aquastream.event.application.port.in.booking.BookingOutcome.KeyReused;
import org.aquastream.event.application.port.in.booking.BookingOutcome.ProfileIncomplete;
import org.aquastream.event.application.port.in.booking.BookingOutcome.SoldOut;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase.Command;
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
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateBookingServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final Event event =
      core.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(10).build());
  private final Actor alice = TestActors.user();
  private final AtomicInteger profileChecks = new AtomicInteger();

  {
    core.onProfileCheck(profileChecks::incrementAndGet);
  }

  private BookingOutcome book(Actor actor, EventId id) {
    return core.createBooking().book(new Command(actor, id, Optional.empty()));
  }

  private BookingOutcome book(Actor actor, EventId id, String key) {
    return core.createBooking().book(new Command(actor, id, Optional.of(key)));
  }

  private static Booking bookingOf(BookingOutcome outcome) {
    assertThat(outcome).isInstanceOf(Booked.class);
    return ((Booked) outcome).booking().booking();
  }

  /** Nothing about {@code actor} was written and the event's seats are as they were. */
  private void assertNothingWritten(Actor actor, Event before) {
    assertThat(core.wholeLog()).isEmpty();
    assertThat(core.activeBookingsOf(before.id())).noneMatch(b -> b.belongsTo(actor.userId()));
    assertThat(
            core.bookingQueries()
                .listByUser(actor.userId(), Optional.empty(), PageRequest.first())
                .total())
        .isZero();
    assertThat(core.event(before.id()).available()).isEqualTo(before.available());
  }

  @Nested
  class Seats {
    @Test
    void aUserBooksASeatOfAFreeEvent() {
      BookingOutcome outcome = book(alice, event.id());

      assertThat(outcome).isInstanceOf(Booked.class);
      Booked booked = (Booked) outcome;
      assertThat(booked.replayed()).isFalse();
      assertThat(booked.tookSeat()).isTrue();
      BookingView view = booked.booking();
      Booking booking = view.booking();
      assertThat(booking.eventId()).isEqualTo(event.id());
      assertThat(booking.userId()).isEqualTo(alice.userId());
      assertThat(booking.createdBy()).isEqualTo(alice.userId());
      assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
      assertThat(booking.amount().amount()).isEqualTo(new BigDecimal("0.00"));
      assertThat(booking.paymentStatus()).isEqualTo(PaymentStatus.NOT_REQUIRED);
      assertThat(booking.expiresAt()).contains(TestTimes.NOW.plus(Duration.ofMinutes(30)));
      assertThat(view.remainingMinutes()).isEqualTo(30);
      assertThat(view.canConfirm()).isTrue();
      assertThat(view.canCancel()).isTrue();
      assertThat(view.event().id()).isEqualTo(event.id());
      assertThat(view.event().title()).isEqualTo(event.details().title());
      assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.PENDING);
      assertThat(core.event(event.id()).available()).isEqualTo(9);
    }

    @Test
    void theBookingIsLoggedAsCreatedByTheUser() {
      Booking booking = bookingOf(book(alice, event.id()));

      assertThat(core.logOf(booking.id()))
          .singleElement()
          .satisfies(
              (BookingLogEntry entry) -> {
                assertThat(entry.action()).isEqualTo(BookingAction.CREATED);
                assertThat(entry.actor()).contains(alice.userId());
                assertThat(entry.oldStatus()).isEmpty();
                assertThat(entry.newStatus()).isEqualTo(BookingStatus.PENDING);
                assertThat(entry.details()).isEqualTo(Map.of("amount", "0.00", "seats", "1"));
                assertThat(entry.at()).isEqualTo(TestTimes.NOW);
              });
    }

    @Test
    void aBookingOfAPaidEventCostsThePriceAndWaitsForPayment() {
      Event paid =
          core.store(TestEvents.aPublishedEvent().organizedBy(club).price("1500.00").build());

      Booked booked = (Booked) book(alice, paid.id());

      Booking booking = booked.booking().booking();
      assertThat(booking.amount()).isEqualTo(TestEvents.rub("1500.00"));
      assertThat(booking.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
      assertThat(booked.booking().canConfirm()).isFalse();
      assertThat(core.logOf(booking.id()).getFirst().details()).containsEntry("amount", "1500.00");
    }

    @Test
    void anyRoleFromUserUpMayBook() {
      assertThat(book(TestActors.organizer(), event.id())).isInstanceOf(Booked.class);
      assertThat(book(TestActors.admin(), event.id())).isInstanceOf(Booked.class);
      assertThat(core.event(event.id()).available()).isEqualTo(8);
    }

    @Test
    void aGuestMayNotBook() {
      assertThatThrownBy(() -> book(TestActors.guest(), event.id()))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(core.event(event.id()).available()).isEqualTo(10);
    }

    @Test
    void aUserMayBookAgainAfterCancelling() {
      Booking first = bookingOf(book(alice, event.id()));
      core.cancelBooking().cancel(alice, first.id(), Optional.empty());

      Booking second = bookingOf(book(alice, event.id()));

      assertThat(second.id()).isNotEqualTo(first.id());
      assertThat(core.activeBookingsOf(event.id()))
          .extracting(Booking::id)
          .containsExactly(second.id());
      assertThat(core.event(event.id()).available()).isEqualTo(9);
    }
  }

  @Nested
  class ChecksInContractOrder {
    @Test
    void aMissingEventIsNotFound() {
      EventId missing = EventId.newId();

      assertThat(book(alice, missing)).isEqualTo(new EventNotFound(missing));
      assertThat(core.wholeLog()).isEmpty();
      assertThat(profileChecks).hasValue(0);
    }

    @Test
    void aDraftIsNotFoundEvenForItsOrganizer() {
      Event draft = core.store(TestEvents.aDraftEvent().organizedBy(club).build());

      assertThat(book(alice, draft.id())).isEqualTo(new EventNotFound(draft.id()));
      assertThat(book(TestActors.organizerOwning(club), draft.id()))
          .isEqualTo(new EventNotFound(draft.id()));
      assertNothingWritten(alice, draft);
    }

    @Test
    void aCancelledEventIsNotOpen() {
      Event cancelled =
          core.store(TestEvents.anEvent().organizedBy(club).status(EventStatus.CANCELLED).build());

      assertThat(book(alice, cancelled.id()))
          .isEqualTo(new EventNotOpen(cancelled.id(), "The event is cancelled"));
      assertNothingWritten(alice, cancelled);
    }

    @Test
    void aCompletedEventIsNotOpen() {
      Event completed =
          core.store(TestEvents.anEvent().organizedBy(club).status(EventStatus.COMPLETED).build());

      assertThat(book(alice, completed.id()))
          .isEqualTo(new EventNotOpen(completed.id(), "The event is completed"));
    }

    @Test
    void anEventThatHasStartedIsNotOpen() {
      core.clock().set(event.details().schedule().start());

      assertThat(book(alice, event.id()))
          .isEqualTo(new EventNotOpen(event.id(), "The event has already started"));
      assertNothingWritten(alice, event);
      assertThat(profileChecks).as("no remote call for a closed event").hasValue(0);
    }

    @Test
    void aClosedEventIsReportedBeforeAnIncompleteProfile() {
      core.users().markIncomplete(alice.userId());
      core.clock().set(event.details().schedule().end());

      assertThat(book(alice, event.id())).isInstanceOf(EventNotOpen.class);
    }

    @Test
    void anIncompleteProfileIsReportedBeforeAnythingIsWritten() {
      core.users().markIncomplete(alice.userId());

      assertThat(book(alice, event.id())).isEqualTo(new ProfileIncomplete());
      assertNothingWritten(alice, event);
    }

    @Test
    void anIncompleteProfileIsReportedBeforeAnExistingBooking() {
      bookingOf(book(alice, event.id()));
      core.users().markIncomplete(alice.userId());

      assertThat(book(alice, event.id())).isEqualTo(new ProfileIncomplete());
    }

    @Test
    void aSecondBookingOfTheSameEventNamesTheFirst() {
      Booking first = bookingOf(book(alice, event.id()));

      assertThat(book(alice, event.id())).isEqualTo(new AlreadyBooked(first.id()));
      assertThat(core.activeBookingsOf(event.id())).hasSize(1);
      assertThat(core.event(event.id()).available()).isEqualTo(9);
      assertThat(core.wholeLog()).hasSize(1);
    }

    @Test
    void anExistingBookingIsReportedBeforeASoldOutEvent() {
      Event one = core.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(1).build());
      Booking only = bookingOf(book(alice, one.id()));

      assertThat(book(alice, one.id())).isEqualTo(new AlreadyBooked(only.id()));
    }

    @Test
    void bookingOfASoldOutEventLeavesNothingBehind() {
      Event full =
          core.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(3).soldOut().build());

      assertThat(book(alice, full.id())).isEqualTo(new SoldOut(full.id(), 0));
      assertNothingWritten(alice, full);
      assertThat(core.event(full.id()).available()).isZero();
    }

    @Test
    void theLastSeatGoesAndTheNextUserFindsTheEventSoldOut() {
      Event one = core.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(1).build());
      Actor bob = TestActors.user();

      assertThat(book(alice, one.id())).isInstanceOf(Booked.class);
      assertThat(book(bob, one.id())).isEqualTo(new SoldOut(one.id(), 0));
      assertThat(core.activeBookingsOf(one.id()))
          .singleElement()
          .satisfies(b -> assertThat(b.userId()).isEqualTo(alice.userId()));
    }

    @Test
    void anUnreachableUserDirectoryFailsTheBookingAndWritesNothing() {
      core.users().goDown();

      assertThatThrownBy(() -> book(alice, event.id()))
          .isInstanceOf(DependencyUnavailableException.class);
      assertNothingWritten(alice, event);
    }

    @Test
    void anEventCancelledWhileTheProfileIsCheckedTakesNoBooking() {
      core.onProfileCheck(
          () -> {
            if (core.event(event.id()).status() == EventStatus.PUBLISHED) {
              core.cancelEvent().cancel(TestActors.organizerOwning(club), event.id());
            }
          });

      BookingOutcome outcome = book(alice, event.id());

      assertThat(outcome).isEqualTo(new EventNotOpen(event.id(), "The event is cancelled"));
      assertThat(core.activeBookingsOf(event.id())).isEmpty();
      assertThat(core.event(event.id()).status()).isEqualTo(EventStatus.CANCELLED);
      assertThat(core.event(event.id()).available()).isEqualTo(10);
      assertThat(core.wholeLog()).isEmpty();
    }
  }

  @Nested
  class Idempotency {
    @Test
    void aRetryWithTheSameKeyAnswersWithTheSameBookingAndBooksNothingMore() {
      Booking first = bookingOf(book(alice, event.id(), "key-1"));
      core.clock().advance(Duration.ofMinutes(2));

      BookingOutcome retry = book(alice, event.id(), "key-1");

      assertThat(retry).isInstanceOf(Booked.class);
      Booked replay = (Booked) retry;
      assertThat(replay.replayed()).isTrue();
      assertThat(replay.booking().booking().id()).isEqualTo(first.id());
      assertThat(replay.booking().remainingMinutes()).isEqualTo(28);
      assertThat(core.activeBookingsOf(event.id())).hasSize(1);
      assertThat(core.wholeLog()).hasSize(1);
      assertThat(core.event(event.id()).available()).isEqualTo(9);
    }

    @Test
    void theSameKeyForAnotherEventIsRefused() {
      bookingOf(book(alice, event.id(), "key-1"));
      Event other = core.store(TestEvents.aPublishedEvent().organizedBy(club).build());

      assertThat(book(alice, other.id(), "key-1")).isEqualTo(new KeyReused("key-1"));
      assertNothingWrittenFor(other);
    }

    @Test
    void aReusedKeyIsReportedWhateverTheOtherEventIs() {
      bookingOf(book(alice, event.id(), "key-1"));
      Event draft = core.store(TestEvents.aDraftEvent().organizedBy(club).build());

      assertThat(book(alice, draft.id(), "key-1")).isEqualTo(new KeyReused("key-1"));
      assertThat(book(alice, EventId.newId(), "key-1")).isEqualTo(new KeyReused("key-1"));
    }

    @Test
    void aFailedAttemptDoesNotUseUpItsKey() {
      Event one = core.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(1).build());
      Actor bob = TestActors.user();
      Booking bobs = bookingOf(book(bob, one.id()));
      assertThat(book(alice, one.id(), "key-1")).isEqualTo(new SoldOut(one.id(), 0));
      core.cancelBooking().cancel(bob, bobs.id(), Optional.empty());

      BookingOutcome retry = book(alice, one.id(), "key-1");

      assertThat(retry).isInstanceOf(Booked.class);
      assertThat(((Booked) retry).replayed()).isFalse();
      assertThat(core.event(one.id()).available()).isZero();
    }

    @Test
    void aKeyOfARefusedRequestIsFreeForTheNextOne() {
      Event draft = core.store(TestEvents.aDraftEvent().organizedBy(club).build());
      assertThat(book(alice, draft.id(), "key-1")).isEqualTo(new EventNotFound(draft.id()));

      BookingOutcome next = book(alice, event.id(), "key-1");

      assertThat(next).isInstanceOf(Booked.class);
      assertThat(((Booked) next).replayed()).isFalse();
    }

    @Test
    void keysBelongToTheirUser() {
      Actor bob = TestActors.user();

      Booking alices = bookingOf(book(alice, event.id(), "same"));
      Booking bobs = bookingOf(book(bob, event.id(), "same"));

      assertThat(bobs.id()).isNotEqualTo(alices.id());
      assertThat(core.event(event.id()).available()).isEqualTo(8);
    }

    @Test
    void aRetryAfterTheEventStartedStillAnswersWithTheBooking() {
      Booking first = bookingOf(book(alice, event.id(), "key-1"));
      core.clock().set(event.details().schedule().start().plusSeconds(1));

      BookingOutcome retry = book(alice, event.id(), "key-1");

      assertThat(retry).isInstanceOf(Booked.class);
      assertThat(((Booked) retry).replayed()).isTrue();
      assertThat(((Booked) retry).booking().booking().id()).isEqualTo(first.id());
    }

    @Test
    void aRetryNeedsNoUserDirectory() {
      Booking first = bookingOf(book(alice, event.id(), "key-1"));
      core.users().goDown();

      BookingOutcome retry = book(alice, event.id(), "key-1");

      assertThat(((Booked) retry).booking().booking().id()).isEqualTo(first.id());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void aKeyIsOneToAHundredCharacters(int length) {
      String key = length == 0 ? " " : "k".repeat(length);

      assertThatThrownBy(() -> new Command(alice, event.id(), Optional.of(key)))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("Idempotency-Key"));
      assertThat(new Command(alice, event.id(), Optional.of("k".repeat(100))).idempotencyKey())
          .hasValue("k".repeat(100));
    }

    private void assertNothingWrittenFor(Event other) {
      assertThat(core.activeBookingsOf(other.id())).isEmpty();
      assertThat(core.event(other.id()).available()).isEqualTo(other.available());
      assertThat(core.wholeLog()).hasSize(1);
    }
  }
}
