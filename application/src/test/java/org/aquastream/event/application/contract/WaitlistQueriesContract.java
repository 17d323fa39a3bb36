package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistPosition;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

/** What every {@link WaitlistQueries} must do: positions from priorities, the user's entries. */
public abstract class WaitlistQueriesContract extends WaitlistPortContract {

  private WaitlistQueries queries() {
    return waitlistPorts.queries();
  }

  @Test
  void thePositionCountsTheQueuedEntriesAheadAndSkipsTheOnesThatLeft() {
    Event event = givenSoldOutEvent();
    UserId me = aUser();
    WaitlistEntry first = givenWaiting(event.id(), aUser());
    WaitlistEntry second = givenWaiting(event.id(), aUser());
    givenWaiting(event.id(), me);
    givenWaiting(event.id(), aUser());
    waitlistPorts.waitlist().update(first.notifyOfSeat(NOW, Duration.ofMinutes(30)));
    waitlistPorts.waitlist().update(second.leave(NOW));

    WaitlistEntryView view = queries().findLatest(event.id(), me).orElseThrow();

    assertThat(view.position()).contains(new WaitlistPosition(2, 3));
    assertThat(view.totalInQueue()).isEqualTo(3);
    assertThat(view.event().id()).isEqualTo(event.id());
    assertThat(view.event().title()).isEqualTo(event.details().title());
    assertThat(view.event().location()).isEqualTo(event.details().location());
  }

  @Test
  void theQueuedEntryIsShownBeforeOlderFinishedOnesAndAFinishedOneWhenNoneIsQueued() {
    Event event = givenSoldOutEvent();
    UserId me = aUser();
    WaitlistEntry old = givenWaiting(event.id(), me);
    waitlistPorts.waitlist().update(old.leave(NOW.plusSeconds(1)));

    assertThat(queries().findLatest(event.id(), me))
        .get()
        .satisfies(
            v -> {
              assertThat(v.entry().status()).isEqualTo(WaitlistStatus.CANCELLED);
              assertThat(v.position()).isEmpty();
              assertThat(v.totalInQueue()).isZero();
            });

    WaitlistEntry again = givenWaiting(event.id(), me, NOW.plusSeconds(2));

    assertThat(queries().findLatest(event.id(), me))
        .get()
        .extracting(v -> v.entry().id())
        .isEqualTo(again.id());
    assertThat(queries().findLatest(event.id(), aUser())).isEmpty();
  }

  @Test
  void aUsersEntriesAreListedNewestFirstAndFilteredByStatus() {
    UserId me = aUser();
    Event first = givenSoldOutEvent();
    Event second = givenSoldOutEvent();
    Event third = givenSoldOutEvent();
    WaitlistEntry a = givenWaiting(first.id(), me, NOW);
    givenWaiting(second.id(), me, NOW.plusSeconds(10));
    givenWaiting(third.id(), me, NOW.plusSeconds(20));
    givenWaiting(third.id(), aUser(), NOW.plusSeconds(30));
    waitlistPorts.waitlist().update(a.leave(NOW.plusSeconds(40)));

    Page<WaitlistEntryView> page =
        queries().listByUser(me, Optional.empty(), new PageRequest(0, 2));
    Page<WaitlistEntryView> rest =
        queries().listByUser(me, Optional.empty(), new PageRequest(1, 2));
    Page<WaitlistEntryView> cancelled =
        queries().listByUser(me, Optional.of(WaitlistStatus.CANCELLED), PageRequest.first());

    assertThat(page.items())
        .extracting(v -> v.event().id())
        .containsExactly(third.id(), second.id());
    assertThat(page.total()).isEqualTo(3);
    assertThat(rest.items()).extracting(v -> v.event().id()).containsExactly(first.id());
    assertThat(cancelled.items()).singleElement().extracting(v -> v.entry().id()).isEqualTo(a.id());
  }
}
