package org.aquastream.event.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.junit.jupiter.api.Test;

class PublishEventServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final Actor owner = TestActors.organizerOwning(club);
  private final Event draft = core.store(TestEvents.aDraftEvent().organizedBy(club).build());

  @Test
  void theOwnerOpensADraftForBookings() {
    core.clock().advance(Duration.ofMinutes(1));

    EventView view = core.publishEvent().publish(owner, draft.id());

    assertThat(view.event().status()).isEqualTo(EventStatus.PUBLISHED);
    assertThat(view.event().updatedAt()).isEqualTo(TestTimes.NOW.plus(Duration.ofMinutes(1)));
    assertThat(core.event(draft.id()).status()).isEqualTo(EventStatus.PUBLISHED);
    assertThat(core.book(TestActors.user(), draft.id()).status()).isEqualTo(BookingStatus.PENDING);
  }

  @Test
  void anAdminMayPublishAnyEvent() {
    core.publishEvent().publish(TestActors.admin(), draft.id());

    assertThat(core.event(draft.id()).status()).isEqualTo(EventStatus.PUBLISHED);
  }

  @Test
  void anotherOrganizerMayNotPublish() {
    Actor rival = TestActors.organizerOwning(core.anOrganizer());

    assertThatThrownBy(() -> core.publishEvent().publish(rival, draft.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(core.event(draft.id()).status()).isEqualTo(EventStatus.DRAFT);
  }

  @Test
  void aPlainUserMayNotPublish() {
    assertThatThrownBy(() -> core.publishEvent().publish(TestActors.user(), draft.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(core.event(draft.id()).status()).isEqualTo(EventStatus.DRAFT);
  }

  @Test
  void aMissingEventIsNotFound() {
    assertThatThrownBy(() -> core.publishEvent().publish(owner, EventId.newId()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("event"));
  }

  @Test
  void aDraftWhoseStartHasPassedStaysADraft() {
    core.clock().set(draft.details().schedule().start());

    assertThatThrownBy(() -> core.publishEvent().publish(owner, draft.id()))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.event(draft.id()).status()).isEqualTo(EventStatus.DRAFT);
  }

  @Test
  void aPublishedEventIsNotPublishedAgain() {
    core.publishEvent().publish(owner, draft.id());
    Event once = core.event(draft.id());
    core.clock().advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> core.publishEvent().publish(owner, draft.id()))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.event(draft.id()).updatedAt()).isEqualTo(once.updatedAt());
  }
}
