package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestOrganizers.aTeamMemberOf;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberDetails;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.junit.jupiter.api.Test;

/** What every {@link TeamMemberRepository} must do: store, replace, delete and order a team. */
public abstract class TeamMemberRepositoryContract extends PortContract {

  @Test
  void aStoredMemberReadsBackAsItWas() {
    TeamMember member = member(givenOrganizer(), "Anna", 3, 0);
    ports.teamMembers().insert(member);

    assertThat(ports.teamMembers().findById(member.id())).contains(member);
    assertThat(ports.teamMembers().findById(TeamMemberId.newId())).isEmpty();
  }

  @Test
  void optionalFieldsMayBeAbsent() {
    Organizer organizer = givenOrganizer();
    TeamMember bare =
        aTeamMemberOf(organizer.id()).name("Ivan").role("Skipper").photoUrl(null).bio(null).build();
    ports.teamMembers().insert(bare);

    assertThat(ports.teamMembers().findById(bare.id())).contains(bare);
  }

  @Test
  void anUpdateReplacesEveryFieldButIdentityAndCreation() {
    TeamMember member = member(givenOrganizer(), "Anna", 0, 0);
    ports.teamMembers().insert(member);
    TeamMember replaced =
        member.replace(
            new TeamMemberDetails("Anna K.", "Head guide", null, "20 years on rivers", 7),
            NOW.plusSeconds(3600));

    ports.teamMembers().update(replaced);

    assertThat(ports.teamMembers().findById(member.id())).contains(replaced);
  }

  @Test
  void deletingTellsWhetherThereWasAMember() {
    TeamMember member = member(givenOrganizer(), "Anna", 0, 0);
    ports.teamMembers().insert(member);

    assertThat(ports.teamMembers().delete(member.id())).isTrue();
    assertThat(ports.teamMembers().delete(member.id())).isFalse();
    assertThat(ports.teamMembers().findById(member.id())).isEmpty();
  }

  @Test
  void aTeamIsListedBySortOrderThenByWhoCameFirstAndOnlyItsOwn() {
    Organizer organizer = givenOrganizer();
    TeamMember late = member(organizer, "Late", 1, 50);
    TeamMember early = member(organizer, "Early", 1, 10);
    TeamMember lead = member(organizer, "Lead", 0, 99);
    TeamMember stranger = member(givenOrganizer(), "Stranger", 0, 0);
    for (TeamMember m : new TeamMember[] {late, early, lead, stranger}) {
      ports.teamMembers().insert(m);
    }

    assertThat(ports.teamMembers().listByOrganizer(organizer.id()))
        .containsExactly(lead, early, late);
  }

  private static TeamMember member(
      Organizer organizer, String name, int sortOrder, int addedSecondsLater) {
    return aTeamMemberOf(organizer.id())
        .name(name)
        .sortOrder(sortOrder)
        .createdAt(NOW.plusSeconds(addedSecondsLater))
        .build();
  }
}
