package org.aquastream.event.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.junit.jupiter.api.Test;

class ListOrganizerEventsServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final Actor owner = TestActors.organizerOwning(club);
  private final Event draft = event(EventStatus.DRAFT, 20);
  private final Event published = event(EventStatus.PUBLISHED, 10);
  private final Event cancelled = event(EventStatus.CANCELLED, 30);

  private Event event(EventStatus status, int startInDays) {
    return core.store(
        TestEvents.anEvent()
            .organizedBy(club)
            .status(status)
            .startsAt(TestTimes.daysFromNow(startInDays))
            .build());
  }

  private Page<EventView> list(
      Actor actor, Optional<OrganizerId> organizer, Optional<EventStatus> status) {
    return core.listOrganizerEvents().list(actor, organizer, status, PageRequest.first());
  }

  @Test
  void anOrganizerSeesItsOwnEventsInEveryStatusLatestStartFirst() {
    core.store(TestEvents.aPublishedEvent().organizedBy(core.anOrganizer()).build());

    Page<EventView> page = list(owner, Optional.empty(), Optional.empty());

    assertThat(page.items())
        .extracting(v -> v.event().id())
        .containsExactly(cancelled.id(), draft.id(), published.id());
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).allSatisfy(v -> assertThat(v.organizer().id()).isEqualTo(club.id()));
  }

  @Test
  void theListFiltersByStatus() {
    Page<EventView> drafts = list(owner, Optional.empty(), Optional.of(EventStatus.DRAFT));

    assertThat(drafts.items()).extracting(v -> v.event().id()).containsExactly(draft.id());
    assertThat(drafts.total()).isEqualTo(1);
  }

  @Test
  void theListIsPaged() {
    Page<EventView> second =
        core.listOrganizerEvents()
            .list(owner, Optional.empty(), Optional.empty(), new PageRequest(1, 2));

    assertThat(second.items()).extracting(v -> v.event().id()).containsExactly(published.id());
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.totalPages()).isEqualTo(2);
    assertThat(second.hasNext()).isFalse();
  }

  @Test
  void anAdminListsAnyOrganizer() {
    Page<EventView> page = list(TestActors.admin(), Optional.of(club.id()), Optional.empty());

    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  void anAdminNamingAnUnknownOrganizerIsToldItDoesNotExist() {
    assertThatThrownBy(
            () -> list(TestActors.admin(), Optional.of(OrganizerId.newId()), Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anOrganizerCannotListAnotherOrganizer() {
    Actor rival = TestActors.organizerOwning(core.anOrganizer());

    assertThatThrownBy(() -> list(rival, Optional.of(club.id()), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void usersAndOrganizerlessOrganizersAreDenied() {
    assertThatThrownBy(
            () -> list(TestActors.user(club.ownerUserId()), Optional.empty(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> list(TestActors.organizer(), Optional.empty(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
  }
}
