package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.aquastream.event.domain.testdata.TestWaitlist.anEntryOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
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
    UserId user = aUser();
    WaitlistEntry entry = givenWaiting(event.id(), user);
    WaitlistEntry notified = entry.notifyOfSeat(NOW.plusSeconds(5), WINDOW);

    waitlist().update(notified);

    assertThat(waitlist().findQueued(event.id(), user))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(notified);
  }

  @Test
  void theEventsWithSomeoneWaitingAreFoundAmongThoseAsked() {
    Event waitedFor = givenSoldOutEvent();
    Event withoutQueue = givenSoldOutEvent();
    Event notAsked = givenSoldOutEvent();
    givenWaiting(waitedFor.id(), aUser());
    givenWaiting(notAsked.id(), aUser());

    assertThat(
            waitlist()
                .findEventsWithWaiting(List.of(waitedFor.id(), withoutQueue.id(), EventId.newId())))
        .containsExactly(waitedFor.id());
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
    UserId user = aUser();
    WaitlistEntry first = givenWaiting(event.id(), user);
    WaitlistEntry twin = anEntryOf(event.id(), user).priority(waitlist().nextPriority()).build();

    assertThat(waitlist().insertIfNotQueued(twin)).isFalse();
    waitlist().update(first.leave(NOW.plusSeconds(1)));
    assertThat(waitlist().insertIfNotQueued(twin)).isTrue();
    assertThat(waitlist().findQueued(event.id(), user))
        .get()
        .extracting(WaitlistEntry::id)
        .isEqualTo(twin.id());
  }

  @Test
  void theNextWaitingAreServedInPriorityOrderPassingOverNotifiedOnes() {
    Event event = givenSoldOutEvent();
    WaitlistEntry a = givenWaiting(event.id(), aUser());
    WaitlistEntry b = givenWaiting(event.id(), aUser());
    WaitlistEntry c = givenWaiting(event.id(), aUser());
    WaitlistEntry d = givenWaiting(event.id(), aUser());
    waitlist().update(a.notifyOfSeat(NOW, WINDOW));
    waitlist().update(c.leave(NOW));
    givenWaiting(givenSoldOutEvent().id(), aUser());

    assertThat(waitlist().lockWaitingThatFit(event.id(), 5, Long.MIN_VALUE, 5))
        .extracting(WaitlistEntry::id)
        .containsExactly(b.id(), d.id());
    assertThat(waitlist().lockWaitingThatFit(event.id(), 5, Long.MIN_VALUE, 1))
        .extracting(WaitlistEntry::id)
        .containsExactly(b.id());
    assertThat(waitlist().lockQueuedByEvent(event.id()))
        .extracting(WaitlistEntry::id)
        .containsExactly(a.id(), b.id(), d.id());
  }

  @Test
  void onlyPartiesThatFitTheSeatsAreCandidatesReadAPageAfterAnother() {
    Event event = givenSoldOutEvent();
    WaitlistEntry four = givenWaitingParty(event.id(), aUser(), 4);
    WaitlistEntry two = givenWaitingParty(event.id(), aUser(), 2);
    WaitlistEntry three = givenWaitingParty(event.id(), aUser(), 3);
    WaitlistEntry one = givenWaitingParty(event.id(), aUser(), 1);

    assertThat(waitlist().lockWaitingThatFit(event.id(), 3, Long.MIN_VALUE, 10))
        .extracting(WaitlistEntry::id)
        .containsExactly(two.id(), three.id(), one.id());
    assertThat(waitlist().lockWaitingThatFit(event.id(), 2, two.priority(), 10))
        .extracting(WaitlistEntry::id)
        .containsExactly(one.id());
    assertThat(waitlist().lockWaitingThatFit(event.id(), 4, Long.MIN_VALUE, 1))
        .extracting(WaitlistEntry::id)
        .containsExactly(four.id());
    assertThat(waitlist().findQueued(event.id(), three.userId()))
        .get()
        .extracting(WaitlistEntry::seats)
        .isEqualTo(3);
  }

  @Test
  void passedWindowsAreFoundPerEvent() {
    Event event = givenSoldOutEvent();
    Event other = givenSoldOutEvent();
    Instant notifiedAt = NOW;
    WaitlistEntry passed = givenWaiting(event.id(), aUser());
    WaitlistEntry open = givenWaiting(event.id(), aUser());
    WaitlistEntry elsewhere = givenWaiting(other.id(), aUser());
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
