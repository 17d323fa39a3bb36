package org.aquastream.event.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.event.UpdateEventUseCase.Command;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.application.testdata.Patches;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventPatch;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.event.Price;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.junit.jupiter.api.Test;

class UpdateEventServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final Actor owner = TestActors.organizerOwning(club);
  private final Event draft = core.store(TestEvents.aDraftEvent().organizedBy(club).build());
  private final Event published =
      core.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(10).build());

  private EventView update(Actor actor, EventId id, EventPatch patch) {
    return core.updateEvent().update(new Command(actor, id, patch));
  }

  @Test
  void theOwnerRetitlesADraft() {
    core.clock().advance(Duration.ofMinutes(3));

    EventView view = update(owner, draft.id(), Patches.title("Dawn paddle"));

    assertThat(view.event().details().title()).isEqualTo("Dawn paddle");
    assertThat(view.event().updatedAt()).isEqualTo(TestTimes.NOW.plus(Duration.ofMinutes(3)));
    assertThat(view.organizer().id()).isEqualTo(club.id());
    assertThat(core.event(draft.id()).details().title()).isEqualTo("Dawn paddle");
  }

  @Test
  void aDraftMayMoveItsDates() {
    EventView view = update(owner, draft.id(), Patches.dateStart(TestTimes.daysFromNow(13)));

    assertThat(core.event(draft.id()).details().schedule().start())
        .isEqualTo(TestTimes.daysFromNow(13))
        .isEqualTo(view.event().details().schedule().start());
  }

  @Test
  void anAdminMayUpdateAnyEvent() {
    update(TestActors.admin(), draft.id(), Patches.title("Checked by admin"));

    assertThat(core.event(draft.id()).details().title()).isEqualTo("Checked by admin");
  }

  @Test
  void anotherOrganizerMayNotUpdate() {
    Actor rival = TestActors.organizerOwning(core.anOrganizer());

    assertThatThrownBy(() -> update(rival, draft.id(), Patches.title("Hijacked")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(core.event(draft.id()).details().title()).isEqualTo(draft.details().title());
  }

  @Test
  void aPlainUserMayNotUpdate() {
    assertThatThrownBy(() -> update(TestActors.user(), draft.id(), Patches.title("Mine now")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(core.event(draft.id())).usingRecursiveComparison().isEqualTo(draft);
  }

  @Test
  void aMissingEventIsNotFound() {
    assertThatThrownBy(() -> update(owner, EventId.newId(), Patches.title("Ghost")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("event"));
  }

  @Test
  void aPublishedEventChangesItsDescriptionLocationAndTags() {
    Location harbour = new Location(null, "Sochi", "Harbour", null);

    update(owner, published.id(), Patches.description("Tea afterwards"));
    update(owner, published.id(), Patches.locationAndTags(harbour, List.of("tea")));

    Event stored = core.event(published.id());
    assertThat(stored.details().description()).isEqualTo("Tea afterwards");
    assertThat(stored.details().location()).isEqualTo(harbour);
    assertThat(stored.details().tags()).containsExactly("tea");
  }

  @Test
  void aPublishedEventKeepsItsPriceAndDates() {
    assertThatThrownBy(
            () -> update(owner, published.id(), Patches.price(Price.of(TestEvents.rub("10")))))
        .isInstanceOf(InvalidStateException.class);
    assertThatThrownBy(
            () -> update(owner, published.id(), Patches.dateStart(TestTimes.daysFromNow(20))))
        .isInstanceOf(InvalidStateException.class);
    assertThatThrownBy(() -> update(owner, published.id(), Patches.title("New title")))
        .isInstanceOf(InvalidStateException.class);

    assertThat(core.event(published.id())).usingRecursiveComparison().isEqualTo(published);
  }

  @Test
  void capacityNeverDropsBelowTheSeatsBooked() {
    for (int i = 0; i < 4; i++) {
      core.book(TestActors.user(), published.id());
    }

    assertThatThrownBy(() -> update(owner, published.id(), Patches.capacity(3)))
        .isInstanceOf(InvalidStateException.class);
    assertThat(core.event(published.id()).capacity().value()).isEqualTo(10);
    assertThat(core.event(published.id()).available()).isEqualTo(6);

    update(owner, published.id(), Patches.capacity(4));
    assertThat(core.event(published.id()).available()).isZero();
  }

  @Test
  void growingCapacityOfABusyEventAddsFreeSeats() {
    core.book(TestActors.user(), published.id());
    core.book(TestActors.user(), published.id());

    EventView view = update(owner, published.id(), Patches.capacity(25));

    assertThat(view.event().capacity().value()).isEqualTo(25);
    assertThat(view.event().available()).isEqualTo(23);
    assertThat(core.event(published.id()).available()).isEqualTo(23);
  }
}
