package org.aquastream.event.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class GetEventServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final Event draft = core.store(TestEvents.aDraftEvent().organizedBy(club).build());

  /** Someone who is neither the draft's organizer nor an ADMIN. */
  interface Outsider extends BiFunction<InMemoryCore, Organizer, Actor> {}

  @ParameterizedTest
  @EnumSource(value = EventStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
  void anyoneSeesAnEventThatIsNoDraft(EventStatus status) {
    Event event =
        core.store(
            TestEvents.anEvent().organizedBy(club).status(status).capacity(8).available(5).build());

    EventView view = core.getEvent().get(TestActors.guest(), event.id());

    assertThat(view.event().id()).isEqualTo(event.id());
    assertThat(view.event().status()).isEqualTo(status);
    assertThat(view.event().available()).isEqualTo(5);
    assertThat(view.organizer().id()).isEqualTo(club.id());
    assertThat(view.organizer().name()).isEqualTo(club.profile().name());
  }

  static Stream<Arguments> outsiders() {
    return Stream.of(
        Arguments.of("a guest", (Outsider) (core, club) -> TestActors.guest()),
        Arguments.of("a user", (Outsider) (core, club) -> TestActors.user()),
        Arguments.of(
            "the owner acting as a plain user",
            (Outsider) (core, club) -> TestActors.user(club.ownerUserId())),
        Arguments.of(
            "an organizer without an organizer", (Outsider) (core, club) -> TestActors.organizer()),
        Arguments.of(
            "another organizer",
            (Outsider) (core, club) -> TestActors.organizerOwning(core.anOrganizer())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outsiders")
  void aDraftIsHiddenFromEveryoneButItsOrganizer(String who, Outsider outsider) {
    Actor actor = outsider.apply(core, club);

    assertThatThrownBy(() -> core.getEvent().get(actor, draft.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("event"));
  }

  @Test
  void itsOrganizerAndAdminsSeeADraft() {
    assertThat(core.getEvent().get(TestActors.organizerOwning(club), draft.id()).event().status())
        .isEqualTo(EventStatus.DRAFT);
    assertThat(core.getEvent().get(TestActors.admin(), draft.id()).event().id())
        .isEqualTo(draft.id());
  }

  @Test
  void aMissingEventIsNotFound() {
    assertThatThrownBy(() -> core.getEvent().get(TestActors.admin(), EventId.newId()))
        .isInstanceOf(NotFoundException.class);
  }
}
