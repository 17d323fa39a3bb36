package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestWaitlist.anEntryOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.junit.jupiter.api.BeforeEach;

/** What the waitlist port contracts share: the waitlist ports beside the core ones. */
public abstract class WaitlistPortContract extends PortContract {
  protected WaitlistPorts waitlistPorts;

  /** The waitlist ports over the store that the latest {@link #emptyPorts()} emptied. */
  protected abstract WaitlistPorts waitlistPorts();

  @BeforeEach
  final void openWaitlistPorts() {
    waitlistPorts = waitlistPorts();
  }

  /** A sold-out event (a published event with no free seat). */
  protected Event givenSoldOutEvent() {
    return given(anEvent().organizedBy(givenOrganizer()).capacity(5).available(0));
  }

  /** A WAITING entry of {@code user}, joined at {@code at}, stored. */
  protected WaitlistEntry givenWaiting(EventId event, UserId user, Instant at) {
    WaitlistEntry entry =
        anEntryOf(event, user)
            .priority(waitlistPorts.waitlist().nextPriority())
            .joinedAt(at)
            .build();
    assertThat(waitlistPorts.waitlist().insertIfNotQueued(entry)).isTrue();
    return entry;
  }

  protected WaitlistEntry givenWaiting(EventId event, UserId user) {
    return givenWaiting(event, user, NOW);
  }

  /** A WAITING party of {@code seats} of {@code user}, joined now, stored. */
  protected WaitlistEntry givenWaitingParty(EventId event, UserId user, int seats) {
    WaitlistEntry entry =
        anEntryOf(event, user)
            .seats(seats)
            .priority(waitlistPorts.waitlist().nextPriority())
            .joinedAt(NOW)
            .build();
    assertThat(waitlistPorts.waitlist().insertIfNotQueued(entry)).isTrue();
    return entry;
  }
}
