package org.aquastream.event.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.event.CreateEventUseCase.Command;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventDetails;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.junit.jupiter.api.Test;

class CreateEventServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final EventDetails details = TestEvents.details().title("Night paddle").build();

  private EventView create(Actor actor, Optional<OrganizerId> organizer) {
    return core.createEvent().create(new Command(actor, organizer, details, new Capacity(12), 1));
  }

  private long eventsOf(Organizer organizer) {
    return core.listOrganizerEvents()
        .list(
            TestActors.admin(), Optional.of(organizer.id()), Optional.empty(), PageRequest.first())
        .total();
  }

  @Test
  void anOrganizerDraftsAnEventForItsOwnOrganizer() {
    EventView view = create(TestActors.organizerOwning(club), Optional.empty());

    Event event = view.event();
    assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
    assertThat(event.organizerId()).isEqualTo(club.id());
    assertThat(event.details()).isEqualTo(details);
    assertThat(event.capacity().value()).isEqualTo(12);
    assertThat(event.available()).isEqualTo(12);
    assertThat(event.currency()).isEqualTo("RUB");
    assertThat(event.createdAt()).isEqualTo(TestTimes.NOW);
    assertThat(view.organizer().id()).isEqualTo(club.id());
    assertThat(view.organizer().slug()).isEqualTo(club.slug());
    assertThat(core.event(event.id()).details().title()).isEqualTo("Night paddle");
  }

  @Test
  void anOrganizerMayNameItsOwnOrganizer() {
    EventView view = create(TestActors.organizerOwning(club), Optional.of(club.id()));

    assertThat(view.event().organizerId()).isEqualTo(club.id());
  }

  @Test
  void anOrganizerCannotDraftForAnotherOrganizer() {
    Organizer other = core.anOrganizer();

    assertThatThrownBy(() -> create(TestActors.organizerOwning(club), Optional.of(other.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(eventsOf(other)).isZero();
    assertThat(eventsOf(club)).isZero();
  }

  @Test
  void anAdminMayDraftForAnyOrganizer() {
    EventView view = create(TestActors.admin(), Optional.of(club.id()));

    assertThat(view.event().organizerId()).isEqualTo(club.id());
    assertThat(eventsOf(club)).isEqualTo(1);
  }

  @Test
  void anAdminNamingAnUnknownOrganizerIsToldItDoesNotExist() {
    assertThatThrownBy(() -> create(TestActors.admin(), Optional.of(OrganizerId.newId())))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("organizer"));
  }

  @Test
  void anAdminWhoOwnsNoOrganizerMustNameOne() {
    assertThatThrownBy(() -> create(TestActors.admin(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aUserWhoIsNoOrganizerIsDenied() {
    Actor ownerAsUser = TestActors.user(club.ownerUserId());

    assertThatThrownBy(() -> create(ownerAsUser, Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> create(TestActors.guest(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(eventsOf(club)).isZero();
  }

  @Test
  void anOrganizerRoleWithoutAnOrganizerIsDenied() {
    assertThatThrownBy(() -> create(TestActors.organizer(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("No organizer");
  }

  @Test
  void anEventThatWouldStartInThePastIsRefused() {
    core.clock().advance(TestEvents.LEAD_TIME.plus(Duration.ofMinutes(1)));

    assertThatThrownBy(() -> create(TestActors.organizerOwning(club), Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("dateStart"));
    assertThat(eventsOf(club)).isZero();
  }
}
