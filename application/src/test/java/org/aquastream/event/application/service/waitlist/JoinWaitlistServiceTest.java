package org.aquastream.event.application.service.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.ConflictException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistPosition;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

class JoinWaitlistServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event soldOut = core.store(TestEvents.aPublishedEvent().capacity(1).build());
  private final Actor holder = TestActors.user();
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();

  JoinWaitlistServiceTest() {
    core.book(holder, soldOut.id());
  }

  @Test
  void aUserJoinsASoldOutEventAndIsToldTheirPlace() {
    WaitlistEntryView view = core.joinWaitlist().join(alice, soldOut.id());

    assertThat(view.entry().status()).isEqualTo(WaitlistStatus.WAITING);
    assertThat(view.entry().userId()).isEqualTo(alice.userId());
    assertThat(view.entry().createdAt()).isEqualTo(TestTimes.NOW);
    assertThat(view.position()).contains(new WaitlistPosition(1, 1));
    assertThat(view.totalInQueue()).isEqualTo(1);
    assertThat(view.event().id()).isEqualTo(soldOut.id());
    assertThat(core.waitlistAudit())
        .singleElement()
        .satisfies(
            (WaitlistAuditEntry row) -> {
              assertThat(row.action()).isEqualTo(WaitlistAction.JOINED);
              assertThat(row.userId()).isEqualTo(alice.userId());
              assertThat(row.priority()).isEqualTo(view.entry().priority());
            });
  }

  @Test
  void laterJoinersQueueBehindEarlierOnesInJoiningOrder() {
    core.joinWaitlist().join(alice, soldOut.id());
    core.clock().advance(Duration.ofSeconds(1));

    WaitlistEntryView second = core.joinWaitlist().join(bob, soldOut.id());

    assertThat(second.position()).contains(new WaitlistPosition(2, 2));
    assertThat(second.entry().priority())
        .isGreaterThan(core.entryOf(alice, soldOut.id()).priority());
    assertThat(core.waitlistStatus().status(alice, soldOut.id()).position())
        .contains(new WaitlistPosition(1, 2));
  }

  @Test
  void anEventWithFreeSeatsIsBookedDirectly() {
    Event open = core.store(TestEvents.aPublishedEvent().capacity(5).build());

    assertThatThrownBy(() -> core.joinWaitlist().join(alice, open.id()))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("book one directly");
    assertThat(core.waitlistOf(open.id())).isEmpty();
  }

  @Test
  void nobodyQueuesTwiceForTheSameEvent() {
    core.joinWaitlist().join(alice, soldOut.id());

    assertThatThrownBy(() -> core.joinWaitlist().join(alice, soldOut.id()))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code())
        .isEqualTo("waitlist-entry-exists");
    assertThat(core.waitlistOf(soldOut.id())).hasSize(1);
  }

  @Test
  void theHolderOfABookingDoesNotQueue() {
    assertThatThrownBy(() -> core.joinWaitlist().join(holder, soldOut.id()))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code())
        .isEqualTo("booking-exists");
  }

  @Test
  void someoneWhoLeftMayJoinAgainAtTheEnd() {
    WaitlistEntryView first = core.joinWaitlist().join(alice, soldOut.id());
    core.joinWaitlist().join(bob, soldOut.id());
    core.leaveWaitlist().leave(alice, soldOut.id());

    WaitlistEntryView again = core.joinWaitlist().join(alice, soldOut.id());

    assertThat(again.entry().id()).isNotEqualTo(first.entry().id());
    assertThat(again.position()).contains(new WaitlistPosition(2, 2));
  }

  @Test
  void draftsAndUnknownEventsAreNotFoundAndClosedEventsRefuse() {
    Event draft =
        core.store(
            TestEvents.aDraftEvent().capacity(1).soldOut().status(EventStatus.DRAFT).build());
    Event cancelled =
        core.store(
            TestEvents.anEvent().capacity(1).soldOut().status(EventStatus.CANCELLED).build());

    assertThatThrownBy(() -> core.joinWaitlist().join(alice, draft.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> core.joinWaitlist().join(alice, EventId.newId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> core.joinWaitlist().join(alice, cancelled.id()))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("cancelled");
  }

  @Test
  void guestsCannotQueue() {
    assertThatThrownBy(() -> core.joinWaitlist().join(TestActors.guest(), soldOut.id()))
        .isInstanceOf(AccessDeniedException.class);
  }
}
