package org.aquastream.event.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

class CompleteFinishedEventsServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event event =
      core.store(
          TestEvents.aPublishedEvent()
              .capacity(4)
              .startsAt(TestTimes.NOW.plus(Duration.ofHours(2)))
              .build());
  private final Instant afterTheEnd = event.details().schedule().end().plusSeconds(1);

  @Test
  void anEventThatHasNotEndedStaysPublished() {
    core.clock().set(event.details().schedule().end());

    assertThat(core.completeFinishedEvents().completeFinishedEvents()).isZero();
    assertThat(core.event(event.id()).status()).isEqualTo(EventStatus.PUBLISHED);
  }

  @Test
  void anEndedEventCompletesWithItsBookingsAndItsQueue() {
    Actor confirmedUser = TestActors.user();
    Booking confirmed = core.book(confirmedUser, event.id());
    core.confirmBooking().confirm(confirmedUser, confirmed.id());
    Booking pending = core.book(TestActors.user(), event.id());
    core.book(TestActors.user(), event.id());
    Actor canceller = TestActors.user();
    Booking cancelled = core.book(canceller, event.id());
    Actor notified = TestActors.user();
    Actor waiting = TestActors.user();
    core.join(notified, event.id());
    core.join(waiting, event.id());
    core.cancelBooking().cancel(canceller, cancelled.id(), Optional.empty());
    core.clock().set(afterTheEnd);

    assertThat(core.completeFinishedEvents().completeFinishedEvents()).isEqualTo(1);

    assertThat(core.event(event.id()).status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(core.booking(confirmed.id()).status()).isEqualTo(BookingStatus.COMPLETED);
    assertThat(core.booking(pending.id()).status()).isEqualTo(BookingStatus.EXPIRED);
    assertThat(core.booking(cancelled.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(core.entryOf(notified, event.id()).status()).isEqualTo(WaitlistStatus.CANCELLED);
    assertThat(core.entryOf(waiting, event.id()).status()).isEqualTo(WaitlistStatus.CANCELLED);
    // Only the seat of the booking that was used stays taken.
    assertThat(core.event(event.id()).available()).isEqualTo(3);
    assertThat(core.logOf(confirmed.id()))
        .last()
        .satisfies(
            (BookingLogEntry row) -> {
              assertThat(row.newStatus()).isEqualTo(BookingStatus.COMPLETED);
              assertThat(row.actor()).isEmpty();
              assertThat(row.details()).containsEntry("reason", "EVENT_COMPLETED");
            });
    assertThat(core.waitlistAudit())
        .filteredOn(row -> row.action() == WaitlistAction.CANCELLED)
        .hasSize(2)
        .allSatisfy(row -> assertThat(row.details()).containsEntry("reason", "EVENT_COMPLETED"));
    assertThat(core.metrics().count(BusinessEvent.EVENT_COMPLETED)).isEqualTo(1);
    assertThat(core.metrics().count(BusinessEvent.BOOKING_EXPIRED)).isEqualTo(2);
    assertThat(core.notifications(NotificationTemplate.WAITLIST_SLOT_AVAILABLE))
        .as("only the slot offer; completion notifies nobody")
        .hasSize(1);
  }

  @Test
  void aCompletedEventIsNotCompletedAgainAndDraftsAndCancelledEventsAreLeftAlone() {
    Event draft =
        core.store(
            TestEvents.aDraftEvent().startsAt(TestTimes.NOW.plus(Duration.ofHours(1))).build());
    Event cancelled =
        core.store(
            TestEvents.anEvent()
                .status(EventStatus.CANCELLED)
                .startsAt(TestTimes.NOW.plus(Duration.ofHours(1)))
                .build());
    core.clock().set(afterTheEnd.plus(Duration.ofDays(1)));

    assertThat(core.completeFinishedEvents().completeFinishedEvents()).isEqualTo(1);
    assertThat(core.completeFinishedEvents().completeFinishedEvents()).isZero();

    assertThat(core.event(draft.id()).status()).isEqualTo(EventStatus.DRAFT);
    assertThat(core.event(cancelled.id()).status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(core.metrics().count(BusinessEvent.EVENT_COMPLETED)).isEqualTo(1);
  }
}
