package org.aquastream.event.application.service.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

class ExpireWaitlistNotificationsServiceTest {
  private static final Duration WINDOW = InMemoryCore.WAITLIST.notificationWindow();

  private final InMemoryCore core = new InMemoryCore();
  private final Event event = core.store(TestEvents.aPublishedEvent().capacity(1).build());
  private final Actor holder = TestActors.user();
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();
  private final Booking held = core.book(holder, event.id());

  private void aliceIsNotified() {
    core.join(alice, event.id());
    core.cancelBooking().cancel(holder, held.id(), Optional.empty());
  }

  @Test
  void anOpenWindowIsLeftAlone() {
    aliceIsNotified();
    core.clock().advance(WINDOW);

    assertThat(core.expireWaitlistNotifications().cleanupExpiredWaitlistNotifications()).isZero();
    assertThat(core.entryOf(alice, event.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
  }

  @Test
  void aPassedWindowExpiresAndTheSeatIsHeldForTheNextInLine() {
    aliceIsNotified();
    core.join(bob, event.id());
    core.clock().advance(WINDOW.plusSeconds(1));

    assertThat(core.expireWaitlistNotifications().cleanupExpiredWaitlistNotifications())
        .isEqualTo(1);

    assertThat(core.entryOf(alice, event.id()).status()).isEqualTo(WaitlistStatus.EXPIRED);
    assertThat(core.entryOf(bob, event.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(core.entryOf(bob, event.id()).notificationExpiresAt())
        .contains(core.clock().now().plus(WINDOW));
    assertThat(core.event(event.id()).available()).isZero();
    assertThat(core.availableByInvariant(event.id())).isZero();
    assertThat(core.waitlistAudit())
        .filteredOn(row -> row.action() == WaitlistAction.EXPIRED)
        .singleElement()
        .satisfies(row -> assertThat(row.userId()).isEqualTo(alice.userId()));
    assertThat(core.metrics().count(BusinessEvent.WAITLIST_EXPIRED)).isEqualTo(1);
  }

  @Test
  void withNobodyLeftTheSeatGoesBackToTheEvent() {
    aliceIsNotified();
    core.clock().advance(WINDOW.plusSeconds(1));

    core.expireWaitlistNotifications().cleanupExpiredWaitlistNotifications();

    assertThat(core.event(event.id()).available()).isEqualTo(1);
    assertThat(core.availableByInvariant(event.id())).isEqualTo(1);
  }

  @Test
  void theExpiredUserCanStillBookAFreeSeatLikeAnyoneElse() {
    aliceIsNotified();
    core.clock().advance(WINDOW.plusSeconds(1));
    core.expireWaitlistNotifications().cleanupExpiredWaitlistNotifications();

    Booking alices = core.book(alice, event.id());

    assertThat(alices.userId()).isEqualTo(alice.userId());
    assertThat(core.entryOf(alice, event.id()).status()).isEqualTo(WaitlistStatus.EXPIRED);
  }
}
