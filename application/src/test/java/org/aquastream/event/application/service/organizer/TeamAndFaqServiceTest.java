package org.aquastream.event.application.service.organizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.organizer.FaqContent;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberDetails;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestTimes;
import org.junit.jupiter.api.Test;

/** An organizer's team and FAQ: its own to change, everyone's to read. */
class TeamAndFaqServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer organizer = core.anOrganizer();
  private final Actor owner = TestActors.organizerOwning(organizer);
  private final Actor stranger = TestActors.organizerOwning(core.anOrganizer());

  @Test
  void anOwnerBuildsItsTeamAndEveryoneReadsItInOrder() {
    TeamMember guide = add(owner, "Guide", 1);
    core.clock().advance(Duration.ofSeconds(1));
    TeamMember skipper = add(owner, "Skipper", 1);
    TeamMember founder = add(owner, "Founder", 0);

    assertThat(core.listTeam().ofOrganizer(organizer.slug()))
        .containsExactly(founder, guide, skipper);
    assertThat(core.listTeam().own(owner, Optional.empty()))
        .containsExactly(founder, guide, skipper);
    assertThat(core.listTeam().own(stranger, Optional.empty())).isEmpty();
    assertThat(guide.organizerId()).isEqualTo(organizer.id());
    assertThat(guide.createdAt()).isEqualTo(TestTimes.NOW);
  }

  @Test
  void replacingChangesEverythingButTheMembersIdentity() {
    TeamMember member = add(owner, "Guide", 0);
    core.clock().advance(Duration.ofMinutes(5));

    TeamMember replaced =
        core.replaceTeamMember()
            .replace(owner, member.id(), new TeamMemberDetails("Anna", "Skipper", null, "Bio", 3));

    assertThat(replaced.id()).isEqualTo(member.id());
    assertThat(replaced.createdAt()).isEqualTo(member.createdAt());
    assertThat(replaced.updatedAt()).isEqualTo(TestTimes.NOW.plus(Duration.ofMinutes(5)));
    assertThat(core.listTeam().ofOrganizer(organizer.slug())).containsExactly(replaced);
  }

  @Test
  void anotherOrganizerCanNeitherChangeNorRemoveAMember() {
    TeamMember member = add(owner, "Guide", 0);
    TeamMemberDetails hijack = new TeamMemberDetails("Mallory", "Boss", null, null, 0);

    assertThatThrownBy(() -> core.replaceTeamMember().replace(stranger, member.id(), hijack))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> core.removeTeamMember().remove(stranger, member.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(core.listTeam().ofOrganizer(organizer.slug())).containsExactly(member);
  }

  @Test
  void anAdminActsForANamedOrganizer() {
    Actor admin = TestActors.admin();
    TeamMember member =
        core.addTeamMember()
            .add(
                admin,
                Optional.of(organizer.id()),
                new TeamMemberDetails("Anna", "Guide", null, null, 0));

    core.removeTeamMember().remove(admin, member.id());

    assertThat(member.organizerId()).isEqualTo(organizer.id());
    assertThat(core.listTeam().ofOrganizer(organizer.slug())).isEmpty();
  }

  @Test
  void anOrganizerCannotAddToAnotherOrganizersTeam() {
    assertThatThrownBy(
            () ->
                core.addTeamMember()
                    .add(
                        stranger,
                        Optional.of(organizer.id()),
                        new TeamMemberDetails("Mallory", "Boss", null, null, 0)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void unknownMembersAndOrganizersAreNotFound() {
    assertThatThrownBy(() -> core.removeTeamMember().remove(owner, TeamMemberId.newId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> core.listTeam().ofOrganizer(new Slug("nobody-here")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> core.listFaq().ofOrganizer(new Slug("nobody-here")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aFaqIsBuiltReplacedAndRemovedByItsOwnerOnly() {
    FaqItem second = core.addFaqItem().add(owner, Optional.empty(), new FaqContent("B?", "b", 1));
    FaqItem first = core.addFaqItem().add(owner, Optional.empty(), new FaqContent("A?", "a", 0));
    assertThat(core.listFaq().ofOrganizer(organizer.slug())).containsExactly(first, second);

    FaqItem moved = core.replaceFaqItem().replace(owner, second.id(), new FaqContent("B?", "b", 0));
    assertThatThrownBy(() -> core.removeFaqItem().remove(stranger, first.id()))
        .isInstanceOf(AccessDeniedException.class);
    core.removeFaqItem().remove(owner, first.id());

    assertThat(core.listFaq().own(owner, Optional.empty())).containsExactly(moved);
  }

  private TeamMember add(Actor actor, String name, int sortOrder) {
    return core.addTeamMember()
        .add(actor, Optional.empty(), new TeamMemberDetails(name, "Guide", null, null, sortOrder));
  }
}
