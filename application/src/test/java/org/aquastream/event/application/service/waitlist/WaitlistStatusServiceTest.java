package org.aquastream.event.application.service.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

/** GET /events/{id}/waitlist/status and GET /waitlist. */
class WaitlistStatusServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();

  private Event soldOutEvent() {
    Event event = core.store(TestEvents.aPublishedEvent().capacity(1).build());
    core.book(TestActors.user(), event.id());
    return event;
  }

  @Test
  void aFinishedEntryIsShownWithoutAPlaceInTheQueue() {
    Event event = soldOutEvent();
    core.join(alice, event.id());
    core.join(bob, event.id());
    core.leaveWaitlist().leave(alice, event.id());

    WaitlistEntryView view = core.waitlistStatus().status(alice, event.id());

    assertThat(view.entry().status()).isEqualTo(WaitlistStatus.CANCELLED);
    assertThat(view.position()).isEmpty();
    assertThat(view.totalInQueue()).isEqualTo(1);
  }

  @Test
  void someoneWhoNeverJoinedIsNotFound() {
    Event event = soldOutEvent();

    assertThatThrownBy(() -> core.waitlistStatus().status(alice, event.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void myWaitlistListsMyEntriesAcrossEventsNewestFirst() {
    Event first = soldOutEvent();
    Event second = soldOutEvent();
    core.join(alice, first.id());
    core.clock().advance(Duration.ofMinutes(1));
    core.join(alice, second.id());
    core.join(bob, second.id());
    core.leaveWaitlist().leave(alice, first.id());

    Page<WaitlistEntryView> all =
        core.listMyWaitlist().list(alice, Optional.empty(), PageRequest.first());
    Page<WaitlistEntryView> waiting =
        core.listMyWaitlist().list(alice, Optional.of(WaitlistStatus.WAITING), PageRequest.first());

    assertThat(all.items())
        .extracting(v -> v.event().id())
        .containsExactly(second.id(), first.id());
    assertThat(all.total()).isEqualTo(2);
    assertThat(waiting.items())
        .singleElement()
        .satisfies(v -> assertThat(v.event().id()).isEqualTo(second.id()));
  }
}
