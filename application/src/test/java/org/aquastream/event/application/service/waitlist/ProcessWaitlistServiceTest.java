package org.aquastream.event.application.service.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.event.UpdateEventUseCase;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.application.testdata.Patches;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

/** Seats offered to the queue on request (notify, process-waitlist) and when capacity grows. */
class ProcessWaitlistServiceTest {
  private static final Duration WINDOW = Duration.ofMinutes(30);

  private final InMemoryCore manual = new InMemoryCore(new WaitlistPolicy(WINDOW, false));
  private final Organizer club = manual.anOrganizer();
  private final Actor owner = TestActors.organizerOwning(club);
  private final Event event =
      manual.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(2).build());
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();
  private final Actor carol = TestActors.user();

  private void soldOutWithQueue() {
    Booking a = manual.book(TestActors.user(), event.id());
    Booking b = manual.book(TestActors.user(), event.id());
    manual.join(alice, event.id());
    manual.join(bob, event.id());
    manual.join(carol, event.id());
    manual.cancelBooking().cancel(TestActors.admin(), a.id(), Optional.empty());
    manual.cancelBooking().cancel(TestActors.admin(), b.id(), Optional.empty());
  }

  @Test
  void theOwnerOffersEveryFreeSeatToTheHeadsOfTheQueue() {
    soldOutWithQueue();

    int notified = manual.processWaitlist().process(owner, event.id());

    assertThat(notified).isEqualTo(2);
    assertThat(manual.entryOf(alice, event.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(manual.entryOf(bob, event.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(manual.entryOf(carol, event.id()).status()).isEqualTo(WaitlistStatus.WAITING);
    assertThat(manual.event(event.id()).available()).isZero();
    assertThat(manual.availableByInvariant(event.id())).isZero();
    assertThat(manual.notifications(NotificationTemplate.WAITLIST_SLOT_AVAILABLE)).hasSize(2);
  }

  @Test
  void anAdminMayProcessAnyEventAndNothingIsOfferedTwice() {
    soldOutWithQueue();

    assertThat(manual.processWaitlist().process(TestActors.admin(), event.id())).isEqualTo(2);
    assertThat(manual.processWaitlist().process(TestActors.admin(), event.id())).isZero();
  }

  @Test
  void anotherOrganizerMayNotAndUnknownEventsAreNotFound() {
    soldOutWithQueue();
    Actor stranger = TestActors.organizerOwning(manual.anOrganizer());

    assertThatThrownBy(() -> manual.processWaitlist().process(stranger, event.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> manual.processWaitlist().process(TestActors.user(), event.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> manual.processWaitlist().process(owner, EventId.newId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aClosedEventOffersNothing() {
    Event started =
        manual.store(
            TestEvents.aPublishedEvent()
                .organizedBy(club)
                .capacity(1)
                .startsAt(TestTimes.NOW.minusSeconds(1))
                .build());

    assertThatThrownBy(() -> manual.processWaitlist().process(owner, started.id()))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("started");
  }

  @Test
  void raisingTheCapacityHoldsTheNewSeatsForTheQueue() {
    InMemoryCore core = new InMemoryCore();
    Organizer org = core.anOrganizer();
    Event full = core.store(TestEvents.aPublishedEvent().organizedBy(org).capacity(1).build());
    core.book(TestActors.user(), full.id());
    core.join(alice, full.id());
    core.join(bob, full.id());

    core.updateEvent()
        .update(
            new UpdateEventUseCase.Command(
                TestActors.organizerOwning(org), full.id(), Patches.capacity(4)));

    assertThat(core.entryOf(alice, full.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(core.entryOf(bob, full.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(core.event(full.id()).capacity().value()).isEqualTo(4);
    assertThat(core.event(full.id()).available()).isEqualTo(1);
    assertThat(core.availableByInvariant(full.id())).isEqualTo(1);
  }
}
