package org.aquastream.event.application.service.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

/** Cancelling an event closes its queue too, held seats included. */
class CancelEventWaitlistTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final Event event =
      core.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(1).build());

  @Test
  void everyQueuedUserIsCancelledAndToldAndEverySeatComesBack() {
    Actor holder = TestActors.user();
    Actor notified = TestActors.user();
    Actor waiting = TestActors.user();
    Booking booking = core.book(holder, event.id());
    core.join(notified, event.id());
    core.join(waiting, event.id());
    core.cancelBooking().cancel(holder, booking.id(), Optional.empty());

    core.cancelEvent().cancel(TestActors.organizerOwning(club), event.id());

    assertThat(core.waitlistOf(event.id()))
        .allSatisfy(e -> assertThat(e.status()).isEqualTo(WaitlistStatus.CANCELLED));
    assertThat(core.event(event.id()).available()).isEqualTo(1);
    assertThat(core.waitlistAudit())
        .filteredOn(row -> row.action() == WaitlistAction.CANCELLED)
        .hasSize(2)
        .allSatisfy(row -> assertThat(row.details()).containsEntry("reason", "EVENT_CANCELLED"));
    assertThat(core.notifications())
        .filteredOn(n -> n.template() == NotificationTemplate.EVENT_CANCELLED)
        .extracting(Notification::userId)
        .containsExactlyInAnyOrder(notified.userId(), waiting.userId());
  }
}
