package org.aquastream.event.application.service.organizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.ConflictException;
import org.aquastream.event.application.port.in.organizer.CreateOrganizerUseCase.Command;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestTimes;
import org.aquastream.event.domain.testdata.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CreateOrganizerServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final UserId owner = TestUsers.aUser();

  private Command register(Actor actor, String slug, UserId ownerUserId) {
    return new Command(actor, new Slug(slug), ownerUserId, OrganizerProfile.named("Kayak Club"));
  }

  @Test
  void anAdminRegistersAnOrganizerForItsOwner() {
    Organizer created =
        core.createOrganizer().create(register(TestActors.admin(), "kayak-club", owner));

    assertThat(created.slug()).isEqualTo(new Slug("kayak-club"));
    assertThat(created.ownerUserId()).isEqualTo(owner);
    assertThat(created.profile().name()).isEqualTo("Kayak Club");
    assertThat(created.createdAt()).isEqualTo(TestTimes.NOW);
    assertThat(core.organizerBySlug("kayak-club"))
        .get()
        .extracting(Organizer::id)
        .isEqualTo(created.id());
    assertThat(core.organizerOwnedBy(owner)).isPresent();
  }

  static Stream<Actor> everyoneButAnAdmin() {
    return Stream.of(TestActors.guest(), TestActors.user(), TestActors.organizer());
  }

  @ParameterizedTest
  @MethodSource("everyoneButAnAdmin")
  void onlyAnAdminRegistersOrganizers(Actor actor) {
    assertThatThrownBy(() -> core.createOrganizer().create(register(actor, "kayak-club", owner)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(core.organizerBySlug("kayak-club")).isEmpty();
  }

  @Test
  void aTakenSlugIsAConflict() {
    core.createOrganizer().create(register(TestActors.admin(), "kayak-club", owner));
    UserId someoneElse = TestUsers.aUser();

    assertThatThrownBy(
            () ->
                core.createOrganizer()
                    .create(register(TestActors.admin(), "kayak-club", someoneElse)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("organizer-exists"));
    assertThat(core.organizerOwnedBy(someoneElse)).isEmpty();
  }

  @Test
  void aUserOwnsAtMostOneOrganizer() {
    core.createOrganizer().create(register(TestActors.admin(), "kayak-club", owner));

    assertThatThrownBy(
            () -> core.createOrganizer().create(register(TestActors.admin(), "sup-club", owner)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("organizer-exists"));
    assertThat(core.organizerBySlug("sup-club")).isEmpty();
  }
}
