package org.aquastream.event.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntryId;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

/** What every {@link WaitlistRepository} must do: FIFO entries, one queued per user and event. */
public abstract class WaitlistRepositoryContract extends WaitlistPortContract {
  private static final Duration WINDOW = Duration.ofMinutes(30);

  private WaitlistRepository waitlist() {
    return waitlistPorts.waitlist();
  }

  @Test
  void aStoredEntryReadsBackFieldForField() {
    Event event = givenSoldOutEvent();
    UserId user = ContractData.aUser();
    WaitlistEntry entry = givenWaiting(event.id(), user);
    WaitlistEntry notified = entry.notifyOfSeat(ContractData.NOW.plusSeconds(5), WINDOW);

    waitlist().update(notified);

    assertThat(waitlist().findQueued(event.id(), user))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(notified);
  }

  @Test
  void prioritiesOnlyGrow() {
    long first = waitlist().nextPriority();
    long second = waitlist().nextPriority();

    assertThat(second).isGreaterThan(first);
  }

  @Test
  void aUserStandsInAnEventsQueueOnceButMayRejoinAfterLeaving() {
    Event event = givenSoldOutEvent();
    UserId user = ContractData.aUser();
    WaitlistEntry first = givenWaiting(event.id(), user);
    WaitlistEntry twin =
        WaitlistEntry.restore(
            WaitlistEntryId.newId(),
            event.id(),
            user,
            waitlist().nextPriority(),
            WaitlistStatus.WAITING,
            null,
            null,
            ContractData.NOW,
            ContractData.NOW);

    assertThat(waitlist().insertIfNotQueued(twin)).isFalse();
    waitlist().update(first.leave(ContractData.NOW.plusSeconds(1)));
    assertThat(waitlist().insertIfNotQueued(twin)).isTrue();
    assertThat(waitlist().findQueued(event.id(), user))
        .get()
        .extracting(WaitlistEntry::id)
        .isEqualTo(twin.id());
  }

  @Test
  void theNextWaitingAreServedInPriorityOrderPassingOverNotifiedOnes() {
    Event event = givenSoldOutEvent();
    WaitlistEntry a = givenWaiting(event.id(), ContractData.aUser());
    WaitlistEntry b = givenWaiting(event.id(), ContractData.aUser());
    WaitlistEntry c = givenWaiting(event.id(), ContractData.aUser());
    WaitlistEntry d = givenWaiting(event.id(), ContractData.aUser());
    waitlist().update(a.notifyOfSeat(ContractData.NOW, WINDOW));
    waitlist().update(c.leave(ContractData.NOW));
    givenWaiting(givenSoldOutEvent().id(), ContractData.aUser());

    assertThat(waitlist().lockNextWaiting(event.id(), 5))
        .extracting(WaitlistEntry::id)
        .containsExactly(b.id(), d.id());
    assertThat(waitlist().lockNextWaiting(event.id(), 1))
        .extracting(WaitlistEntry::id)
        .containsExactly(b.id());
    assertThat(waitlist().lockQueuedByEvent(event.id()))
        .extracting(WaitlistEntry::id)
        .containsExactly(a.id(), b.id(), d.id());
  }

  @Test
  void passedWindowsAreFoundPerEvent() {
    Event event = givenSoldOutEvent();
    Event other = givenSoldOutEvent();
    Instant notifiedAt = ContractData.NOW;
    WaitlistEntry passed = givenWaiting(event.id(), ContractData.aUser());
    WaitlistEntry open = givenWaiting(event.id(), ContractData.aUser());
    WaitlistEntry elsewhere = givenWaiting(other.id(), ContractData.aUser());
    waitlist()
        .updateAll(
            List.of(
                passed.notifyOfSeat(notifiedAt, WINDOW),
                open.notifyOfSeat(notifiedAt.plusSeconds(60), WINDOW),
                elsewhere.notifyOfSeat(notifiedAt.plusSeconds(120), WINDOW)));
    Instant now = notifiedAt.plus(WINDOW).plusSeconds(30);

    assertThat(waitlist().findEventsWithPassedWindows(now, 10)).containsExactly(event.id());
    assertThat(waitlist().lockPassedWindows(event.id(), now))
        .extracting(WaitlistEntry::id)
        .containsExactly(passed.id());
    assertThat(waitlist().findEventsWithPassedWindows(now.plusSeconds(120), 10))
        .containsExactlyInAnyOrder(event.id(), other.id());
    assertThat(waitlist().findEventsWithPassedWindows(now.plusSeconds(120), 1)).hasSize(1);
  }
}
