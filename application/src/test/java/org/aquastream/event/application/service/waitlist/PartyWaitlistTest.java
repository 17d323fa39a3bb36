package org.aquastream.event.application.service.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.SoldOut;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase.Command;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

/**
 * The waitlist of parties: freed seats go first fit in join order, a larger party keeps its place
 * and is served as soon as enough seats are free, and {@code available} always equals capacity less
 * booked and held seats.
 */
class PartyWaitlistTest {
  private static final Duration WINDOW = InMemoryCore.WAITLIST.notificationWindow();

  private final InMemoryCore core = new InMemoryCore();
  private final Event trip =
      core.store(TestEvents.aPublishedEvent().capacity(6).maxSeatsPerBooking(6).build());
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();
  private final Actor carol = TestActors.user();
  private final Actor dave = TestActors.user();
  private final Actor erin = TestActors.user();
  private final Booking alices = core.book(alice, trip.id(), 4);
  private final Booking bobs = core.book(bob, trip.id(), 2);

  PartyWaitlistTest() {
    core.join(carol, trip.id(), 3);
    core.join(dave, trip.id(), 1);
    core.join(erin, trip.id(), 2);
  }

  private WaitlistStatus statusOf(Actor actor) {
    return core.entryOf(actor, trip.id()).status();
  }

  private void assertInvariant(int available) {
    assertThat(core.event(trip.id()).available()).isEqualTo(available);
    assertThat(core.availableByInvariant(trip.id())).isEqualTo(available);
  }

  @Test
  void freedSeatsGoToTheEarliestPartiesTheyFitAndALargerOneKeepsItsPlace() {
    core.cancelBooking().cancel(bob, bobs.id(), Optional.empty());

    assertThat(statusOf(carol)).isEqualTo(WaitlistStatus.WAITING);
    assertThat(statusOf(dave)).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(statusOf(erin)).isEqualTo(WaitlistStatus.WAITING);
    assertInvariant(1);
    assertThat(core.notifications(NotificationTemplate.WAITLIST_SLOT_AVAILABLE))
        .singleElement()
        .satisfies(n -> assertThat(n.data()).containsEntry("seats", "1"));
  }

  @Test
  void aLargerPartyIsServedAsSoonAsEnoughSeatsAreFreeCountingThoseAlreadyFree() {
    core.cancelBooking().cancel(bob, bobs.id(), Optional.empty());
    Booking davesSeat = core.book(dave, trip.id(), 1);

    core.lowerBookingSeats().lower(alice, alices.id(), 2);

    assertThat(davesSeat.seats()).isEqualTo(1);
    assertThat(statusOf(carol)).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(core.entryOf(carol, trip.id()).heldSeats()).isEqualTo(3);
    assertThat(statusOf(erin)).isEqualTo(WaitlistStatus.WAITING);
    assertInvariant(0);
  }

  @Test
  void aNotifiedPartyBooksFewerThanItsHeldSeatsAndTheRestGoOnAtOnce() {
    core.cancelBooking().cancel(alice, alices.id(), Optional.empty());
    assertThat(statusOf(carol)).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(statusOf(dave)).isEqualTo(WaitlistStatus.NOTIFIED);
    assertInvariant(0);

    Booking carols = core.book(carol, trip.id(), 1);

    assertThat(carols.seats()).isEqualTo(1);
    assertThat(statusOf(carol)).isEqualTo(WaitlistStatus.CONFIRMED);
    assertThat(statusOf(erin)).isEqualTo(WaitlistStatus.NOTIFIED);
    assertInvariant(0);
  }

  @Test
  void aNotifiedPartyCannotBookMoreThanItsHeldSeats() {
    core.cancelBooking().cancel(bob, bobs.id(), Optional.empty());

    BookingOutcome more =
        core.createBooking().book(new Command(dave, trip.id(), 2, Optional.empty()));

    assertThat(more).isEqualTo(new SoldOut(trip.id(), 1));
    assertThat(statusOf(dave)).isEqualTo(WaitlistStatus.NOTIFIED);
    assertInvariant(1);
  }

  @Test
  void seatsHeldForAPartyWhoseWindowPassedGoToTheNextPartyTheyFit() {
    core.cancelBooking().cancel(bob, bobs.id(), Optional.empty());
    core.book(TestActors.user(), trip.id(), 1);
    core.clock().advance(WINDOW.plusSeconds(1));

    core.expireWaitlistNotifications().cleanupExpiredWaitlistNotifications();

    assertThat(statusOf(dave)).isEqualTo(WaitlistStatus.EXPIRED);
    assertThat(statusOf(carol)).isEqualTo(WaitlistStatus.WAITING);
    assertThat(statusOf(erin)).isEqualTo(WaitlistStatus.WAITING);
    assertInvariant(1);
  }

  @Test
  void aPartyMayOnlyQueueWhenTooFewSeatsAreFreeForIt() {
    core.cancelBooking().cancel(bob, bobs.id(), Optional.empty());
    Actor frank = TestActors.user();

    assertThatThrownBy(() -> core.join(frank, trip.id(), 1))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.join(frank, trip.id(), 2).seats()).isEqualTo(2);
    assertThatThrownBy(() -> core.join(TestActors.user(), trip.id(), 7))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("seats"));
  }
}
