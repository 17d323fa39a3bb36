package org.aquastream.event.application.service.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistPosition;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

class LeaveWaitlistServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event event = core.store(TestEvents.aPublishedEvent().capacity(1).build());
  private final Actor holder = TestActors.user();
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();
  private final Booking held = core.book(holder, event.id());

  @Test
  void leavingWhileWaitingMovesEveryoneBehindUpWithoutRenumbering() {
    core.join(alice, event.id());
    long bobsPriority = core.join(bob, event.id()).priority();

    core.leaveWaitlist().leave(alice, event.id());

    assertThat(core.entryOf(alice, event.id()).status()).isEqualTo(WaitlistStatus.CANCELLED);
    assertThat(core.entryOf(bob, event.id()).priority()).isEqualTo(bobsPriority);
    assertThat(core.waitlistStatus().status(bob, event.id()).position())
        .contains(new WaitlistPosition(1, 1));
    assertThat(core.waitlistAudit())
        .filteredOn(row -> row.action() == WaitlistAction.LEFT)
        .singleElement()
        .satisfies(row -> assertThat(row.userId()).isEqualTo(alice.userId()));
  }

  @Test
  void leavingWhileNotifiedPassesTheHeldSeatToTheNextInLine() {
    core.join(alice, event.id());
    core.join(bob, event.id());
    core.cancelBooking().cancel(holder, held.id(), Optional.empty());

    core.leaveWaitlist().leave(alice, event.id());

    assertThat(core.entryOf(alice, event.id()).status()).isEqualTo(WaitlistStatus.CANCELLED);
    assertThat(core.entryOf(bob, event.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(core.event(event.id()).available()).isZero();
    assertThat(core.availableByInvariant(event.id())).isZero();
  }

  @Test
  void theLastNotifiedUserLeavingGivesTheSeatBackToTheEvent() {
    core.join(alice, event.id());
    core.cancelBooking().cancel(holder, held.id(), Optional.empty());

    core.leaveWaitlist().leave(alice, event.id());

    assertThat(core.event(event.id()).available()).isEqualTo(1);
    assertThat(core.availableByInvariant(event.id())).isEqualTo(1);
  }

  @Test
  void someoneNotQueuedCannotLeave() {
    assertThatThrownBy(() -> core.leaveWaitlist().leave(alice, event.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Waitlist entry");
  }
}
