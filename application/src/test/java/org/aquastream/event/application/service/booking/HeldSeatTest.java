package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.service.waitlist.WaitlistPolicy;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

/**
 * A freed seat of a sold-out event is held for the head of the queue, and only they can take it.
 */
class HeldSeatTest {
  private static final Duration WINDOW = InMemoryCore.WAITLIST.notificationWindow();

  private final InMemoryCore core = new InMemoryCore();
  private final Event event = core.store(TestEvents.aPublishedEvent().capacity(2).build());
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();
  private final Actor carol = TestActors.user();
  private final Actor dave = TestActors.user();
  private final Booking alicesBooking = core.book(alice, event.id());

  HeldSeatTest() {
    core.book(bob, event.id());
    core.join(carol, event.id());
    core.clock().advance(Duration.ofSeconds(1));
    core.join(dave, event.id());
  }

  @Test
  void aCancelledSeatIsHeldForTheHeadOfTheQueueWhoIsNotified() {
    core.clock().advance(Duration.ofMinutes(3));

    core.cancelBooking().cancel(alice, alicesBooking.id(), Optional.empty());

    WaitlistEntry head = core.entryOf(carol, event.id());
    assertThat(head.status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(head.notifiedAt()).contains(core.clock().now());
    assertThat(head.notificationExpiresAt()).contains(core.clock().now().plus(WINDOW));
    assertThat(core.entryOf(dave, event.id()).status()).isEqualTo(WaitlistStatus.WAITING);
    assertThat(core.event(event.id()).available()).isZero();
    assertThat(core.availableByInvariant(event.id())).isZero();
    assertThat(core.waitlistAudit())
        .filteredOn(row -> row.action() == WaitlistAction.NOTIFIED)
        .singleElement()
        .satisfies(row -> assertThat(row.userId()).isEqualTo(carol.userId()));
    assertThat(core.notifications(NotificationTemplate.WAITLIST_SLOT_AVAILABLE))
        .singleElement()
        .satisfies(
            (Notification n) -> {
              assertThat(n.userId()).isEqualTo(carol.userId());
              assertThat(n.template()).isEqualTo(NotificationTemplate.WAITLIST_SLOT_AVAILABLE);
              assertThat(n.data())
                  .containsEntry("eventId", event.id().toString())
                  .containsEntry("eventTitle", event.details().title())
                  .containsEntry(
                      "expiresAt", head.notificationExpiresAt().orElseThrow().toString());
              assertThat(n.idempotencyKey()).isEqualTo("waitlist.slot_available:" + head.id());
            });
    assertThat(core.metrics().count(BusinessEvent.WAITLIST_PROCESSED)).isEqualTo(1);
  }

  @Test
  void theNotifiedUserBooksTheHeldSeatWithinTheWindow() {
    core.cancelBooking().cancel(alice, alicesBooking.id(), Optional.empty());
    core.clock().advance(WINDOW);

    Booking carols = core.book(carol, event.id());

    assertThat(carols.userId()).isEqualTo(carol.userId());
    assertThat(core.entryOf(carol, event.id()).status()).isEqualTo(WaitlistStatus.CONFIRMED);
    assertThat(core.event(event.id()).available()).isZero();
    assertThat(core.availableByInvariant(event.id())).isZero();
    assertThat(core.waitlistAudit())
        .filteredOn(row -> row.action() == WaitlistAction.CONFIRMED)
        .singleElement()
        .satisfies(row -> assertThat(row.userId()).isEqualTo(carol.userId()));
  }

  @Test
  void nobodyElseCanTakeAHeldSeat() {
    core.cancelBooking().cancel(alice, alicesBooking.id(), Optional.empty());

    BookingOutcome outsider = book(TestActors.user());
    BookingOutcome secondInLine = book(dave);

    assertThat(outsider).isInstanceOf(BookingOutcome.SoldOut.class);
    assertThat(secondInLine).isInstanceOf(BookingOutcome.SoldOut.class);
    assertThat(core.entryOf(carol, event.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(core.availableByInvariant(event.id())).isZero();
  }

  @Test
  void afterTheWindowTheHeldSeatIsNoLongerTheirs() {
    core.cancelBooking().cancel(alice, alicesBooking.id(), Optional.empty());
    core.clock().advance(WINDOW.plusSeconds(1));

    BookingOutcome late = book(carol);

    assertThat(late).isInstanceOf(BookingOutcome.SoldOut.class);
    assertThat(core.entryOf(carol, event.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
  }

  @Test
  void aWaitingUserWhoBooksAFreeSeatLeavesTheQueue() {
    InMemoryCore manual = new InMemoryCore(new WaitlistPolicy(WINDOW, false));
    Event manualEvent = manual.store(TestEvents.aPublishedEvent().capacity(1).build());
    Booking held = manual.book(alice, manualEvent.id());
    manual.join(dave, manualEvent.id());
    manual.cancelBooking().cancel(alice, held.id(), Optional.empty());

    Booking davesSeat = manual.book(dave, manualEvent.id());

    assertThat(davesSeat.userId()).isEqualTo(dave.userId());
    WaitlistEntry left = manual.entryOf(dave, manualEvent.id());
    assertThat(left.status()).isEqualTo(WaitlistStatus.CANCELLED);
    assertThat(manual.waitlistAudit())
        .filteredOn(row -> row.action() == WaitlistAction.CANCELLED)
        .singleElement()
        .satisfies(row -> assertThat(row.details()).containsEntry("reason", "BOOKED"));
  }

  @Test
  void withAutoProcessOffAFreedSeatGoesBackToTheEvent() {
    InMemoryCore manual = new InMemoryCore(new WaitlistPolicy(WINDOW, false));
    Event manualEvent = manual.store(TestEvents.aPublishedEvent().capacity(1).build());
    Booking booking = manual.book(alice, manualEvent.id());
    manual.join(carol, manualEvent.id());

    manual.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThat(manual.event(manualEvent.id()).available()).isEqualTo(1);
    assertThat(manual.entryOf(carol, manualEvent.id()).status()).isEqualTo(WaitlistStatus.WAITING);
    assertThat(manual.notifications(NotificationTemplate.WAITLIST_SLOT_AVAILABLE)).isEmpty();
    assertThat(manual.availableByInvariant(manualEvent.id())).isEqualTo(1);
  }

  @Test
  void aSeatFreedAfterTheEventStartedIsNotHeld() {
    Event soon =
        core.store(
            TestEvents.aPublishedEvent()
                .capacity(1)
                .startsAt(TestTimes.NOW.plus(Duration.ofHours(1)))
                .build());
    Booking booking = core.book(alice, soon.id());
    core.join(carol, soon.id());
    core.clock().advance(Duration.ofHours(2));

    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThat(core.event(soon.id()).available()).isEqualTo(1);
    assertThat(core.entryOf(carol, soon.id()).status()).isEqualTo(WaitlistStatus.WAITING);
  }

  private BookingOutcome book(Actor actor) {
    return core.createBooking()
        .book(new CreateBookingUseCase.Command(actor, event.id(), Optional.empty()));
  }
}
