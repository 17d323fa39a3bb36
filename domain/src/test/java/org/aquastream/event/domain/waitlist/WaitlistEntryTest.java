package org.aquastream.event.domain.waitlist;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.testdata.TestEvents.START;
import static org.aquastream.event.domain.testdata.TestEvents.aDraftEvent;
import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.junit.jupiter.api.Test;

class WaitlistEntryTest {
  private static final Duration WINDOW = Duration.ofMinutes(30);

  private static WaitlistEntry waiting() {
    return WaitlistEntry.join(
        WaitlistEntryId.newId(),
        aPublishedEvent().capacity(10).soldOut().build(),
        ALICE,
        1,
        7,
        NOW);
  }

  @Test
  void aUserJoinsTheQueueOfASoldOutEventAsWaiting() {
    Event soldOut = aPublishedEvent().capacity(10).soldOut().build();

    WaitlistEntry entry = WaitlistEntry.join(WaitlistEntryId.newId(), soldOut, ALICE, 1, 42, NOW);

    assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
    assertThat(entry.eventId()).isEqualTo(soldOut.id());
    assertThat(entry.userId()).isEqualTo(ALICE);
    assertThat(entry.priority()).isEqualTo(42);
    assertThat(entry.notifiedAt()).isEmpty();
    assertThat(entry.notificationExpiresAt()).isEmpty();
    assertThat(entry.createdAt()).isEqualTo(NOW);
    assertThat(entry.holdsSeat()).isFalse();
    assertThat(entry.isQueued()).isTrue();
  }

  @Test
  void nobodyQueuesForAnEventWithFreeSeats() {
    assertThatThrownBy(
            () ->
                WaitlistEntry.join(
                    WaitlistEntryId.newId(),
                    aPublishedEvent().capacity(10).available(1).build(),
                    ALICE,
                    1,
                    1,
                    NOW))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("book one directly");
  }

  @Test
  void aPartyQueuesWhenFewerSeatsAreFreeThanItNeeds() {
    Event twoLeft = aPublishedEvent().capacity(10).maxSeatsPerBooking(4).available(2).build();

    WaitlistEntry entry = WaitlistEntry.join(WaitlistEntryId.newId(), twoLeft, ALICE, 3, 9, NOW);

    assertThat(entry.seats()).isEqualTo(3);
    assertThat(entry.heldSeats()).isZero();
    assertThat(entry.notifyOfSeat(NOW, WINDOW).heldSeats()).isEqualTo(3);
  }

  @Test
  void aPartyThatFitsTheFreeSeatsBooksThemInstead() {
    Event threeLeft = aPublishedEvent().capacity(10).maxSeatsPerBooking(4).available(3).build();

    assertThatThrownBy(
            () -> WaitlistEntry.join(WaitlistEntryId.newId(), threeLeft, ALICE, 3, 9, NOW))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("book them directly");
  }

  @Test
  void aPartyLargerThanABookingMayBeIsRefusedNamingSeats() {
    Event soldOut = aPublishedEvent().capacity(10).maxSeatsPerBooking(4).soldOut().build();

    assertInvalidField(() -> WaitlistEntry.join(WaitlistEntryId.newId(), soldOut, ALICE, 5, 9, NOW))
        .isEqualTo("seats");
    assertInvalidField(() -> WaitlistEntry.join(WaitlistEntryId.newId(), soldOut, ALICE, 0, 9, NOW))
        .isEqualTo("seats");
  }

  @Test
  void nobodyQueuesForAnEventClosedForBooking() {
    Event draft = aDraftEvent().capacity(10).soldOut().build();
    Event cancelled = anEvent().status(EventStatus.CANCELLED).capacity(10).soldOut().build();
    Event started = aPublishedEvent().capacity(10).soldOut().build();

    assertThatThrownBy(() -> WaitlistEntry.join(WaitlistEntryId.newId(), draft, ALICE, 1, 1, NOW))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("not published");
    assertThatThrownBy(
            () -> WaitlistEntry.join(WaitlistEntryId.newId(), cancelled, ALICE, 1, 1, NOW))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("cancelled");
    assertThatThrownBy(
            () -> WaitlistEntry.join(WaitlistEntryId.newId(), started, ALICE, 1, 1, START))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("started");
  }

  @Test
  void theHeadOfTheQueueIsNotifiedAndASeatIsHeldForTheWindow() {
    Instant later = NOW.plusSeconds(90);

    WaitlistEntry notified = waiting().notifyOfSeat(later, WINDOW);

    assertThat(notified.status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(notified.notifiedAt()).contains(later);
    assertThat(notified.notificationExpiresAt()).contains(later.plus(WINDOW));
    assertThat(notified.updatedAt()).isEqualTo(later);
    assertThat(notified.holdsSeat()).isTrue();
    assertThat(notified.isQueued()).isTrue();
  }

  @Test
  void theHeldSeatCanBeTakenUntilTheWindowClosesAndNotAfter() {
    WaitlistEntry notified = waiting().notifyOfSeat(NOW, WINDOW);
    Instant windowEnd = NOW.plus(WINDOW);

    assertThat(notified.canTakeHeldSeat(windowEnd)).isTrue();
    assertThat(notified.confirm(windowEnd).status()).isEqualTo(WaitlistStatus.CONFIRMED);
    assertThat(notified.canTakeHeldSeat(windowEnd.plusNanos(1000))).isFalse();
    assertThatThrownBy(() -> notified.confirm(windowEnd.plusSeconds(1)))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("window closed");
  }

  @Test
  void anEntryExpiresOnlyOnceItsWindowHasPassed() {
    WaitlistEntry notified = waiting().notifyOfSeat(NOW, WINDOW);
    Instant windowEnd = NOW.plus(WINDOW);

    assertThatThrownBy(() -> notified.expire(windowEnd))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("still open");
    WaitlistEntry expired = notified.expire(windowEnd.plusSeconds(1));
    assertThat(expired.status()).isEqualTo(WaitlistStatus.EXPIRED);
    assertThat(expired.holdsSeat()).isFalse();
    assertThat(expired.isQueued()).isFalse();
    assertThat(expired.notificationExpiresAt()).contains(windowEnd);
  }

  @Test
  void waitingAndNotifiedEntriesMayLeaveOrBeCancelled() {
    assertThat(waiting().leave(NOW).status()).isEqualTo(WaitlistStatus.CANCELLED);
    assertThat(waiting().notifyOfSeat(NOW, WINDOW).leave(NOW).status())
        .isEqualTo(WaitlistStatus.CANCELLED);
    assertThat(waiting().cancel(NOW).status()).isEqualTo(WaitlistStatus.CANCELLED);
    assertThat(waiting().notifyOfSeat(NOW, WINDOW).cancel(NOW).status())
        .isEqualTo(WaitlistStatus.CANCELLED);
  }

  @Test
  void aWaitingEntryCannotBeConfirmedOrExpired() {
    assertThatThrownBy(() -> waiting().confirm(NOW)).isInstanceOf(InvalidStateException.class);
    assertThatThrownBy(() -> waiting().expire(NOW)).isInstanceOf(InvalidStateException.class);
  }

  @Test
  void finishedEntriesStayFinished() {
    WaitlistEntry confirmed = waiting().notifyOfSeat(NOW, WINDOW).confirm(NOW);
    WaitlistEntry cancelled = waiting().leave(NOW);

    for (WaitlistEntry done : new WaitlistEntry[] {confirmed, cancelled}) {
      assertThatThrownBy(() -> done.leave(NOW)).isInstanceOf(InvalidStateException.class);
      assertThatThrownBy(() -> done.notifyOfSeat(NOW, WINDOW))
          .isInstanceOf(InvalidStateException.class);
    }
  }

  @Test
  void aNotifiedEntryCannotBeRestoredWithoutItsWindow() {
    assertThatThrownBy(
            () ->
                WaitlistEntry.restore(
                    WaitlistEntryId.newId(),
                    aPublishedEvent().capacity(1).soldOut().build().id(),
                    ALICE,
                    1,
                    1,
                    WaitlistStatus.NOTIFIED,
                    NOW,
                    null,
                    NOW,
                    NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theAuditRowNamesTheEntryItsStatusAndTheWindowOfANotification() {
    WaitlistEntry notified = waiting().notifyOfSeat(NOW, WINDOW);

    WaitlistAuditEntry row = WaitlistAuditEntry.of(WaitlistAction.NOTIFIED, notified);

    assertThat(row.eventId()).isEqualTo(notified.eventId());
    assertThat(row.userId()).isEqualTo(ALICE);
    assertThat(row.priority()).isEqualTo(7);
    assertThat(row.at()).isEqualTo(NOW);
    assertThat(row.details())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "entryId",
                notified.id().toString(),
                "status",
                "NOTIFIED",
                "seats",
                "1",
                "notificationExpiresAt",
                NOW.plus(WINDOW).toString()));
    assertThat(
            WaitlistAuditEntry.of(
                    WaitlistAction.CANCELLED, notified.cancel(NOW), Map.of("reason", "BOOKED"))
                .details())
        .containsEntry("reason", "BOOKED")
        .containsEntry("status", "CANCELLED")
        .doesNotContainKey("notificationExpiresAt");
  }
}
