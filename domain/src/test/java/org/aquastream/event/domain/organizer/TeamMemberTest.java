package org.aquastream.event.domain.organizer;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.InvalidValues.text;
import static org.aquastream.event.domain.testdata.TestOrganizers.aTeamMemberOf;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeamMemberTest {
  private static final OrganizerId ORGANIZER = OrganizerId.newId();

  @Test
  void aMemberNeedsANameOfOneToTwoHundredFiftyFiveCharacters() {
    assertInvalidField(() -> details(null, "Guide")).isEqualTo("name");
    assertInvalidField(() -> details("  ", "Guide")).isEqualTo("name");
    assertInvalidField(() -> details(text(256), "Guide")).isEqualTo("name");
    assertThat(details(" " + text(255) + " ", "Guide").name()).hasSize(255);
  }

  @Test
  void aMemberNeedsARoleOfOneToOneHundredCharacters() {
    assertInvalidField(() -> details("Anna", null)).isEqualTo("role");
    assertInvalidField(() -> details("Anna", "")).isEqualTo("role");
    assertInvalidField(() -> details("Anna", text(101))).isEqualTo("role");
    assertThat(details("Anna", text(100)).role()).hasSize(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"photo.jpg", "ftp://cdn.example.org/a.jpg", "javascript:alert(1)"})
  void aPhotoMustBeAnHttpOrHttpsUrl(String url) {
    assertInvalidField(() -> new TeamMemberDetails("Anna", "Guide", url, null, 0))
        .isEqualTo("photoUrl");
  }

  @Test
  void aPhotoUrlHasAtMostFiveHundredCharactersAndABioAtMostOneThousand() {
    String longest = "https://cdn.example.org/" + text(476);
    assertThat(new TeamMemberDetails("Anna", "Guide", longest, text(1000), 0).photoUrl())
        .hasSize(500);
    assertInvalidField(() -> new TeamMemberDetails("Anna", "Guide", longest + "x", null, 0))
        .isEqualTo("photoUrl");
    assertInvalidField(() -> new TeamMemberDetails("Anna", "Guide", null, text(1001), 0))
        .isEqualTo("bio");
  }

  @Test
  void blankOptionalFieldsMeanNone() {
    TeamMemberDetails details = new TeamMemberDetails("Anna", "Guide", " ", "", 0);

    assertThat(details.photoUrl()).isNull();
    assertThat(details.bio()).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10_001, Integer.MIN_VALUE})
  void aSortOrderLiesBetweenZeroAndTenThousand(int sortOrder) {
    assertInvalidField(() -> new TeamMemberDetails("Anna", "Guide", null, null, sortOrder))
        .isEqualTo("sortOrder");
  }

  @Test
  void replacingKeepsIdentityOwnerAndCreationTime() {
    TeamMember member = aTeamMemberOf(ORGANIZER).name("A").role("B").build();

    TeamMember replaced = member.replace(details("C", "D"), NOW.plusSeconds(9));

    assertThat(replaced.id()).isEqualTo(member.id());
    assertThat(replaced.organizerId()).isEqualTo(ORGANIZER);
    assertThat(replaced.createdAt()).isEqualTo(NOW);
    assertThat(replaced.updatedAt()).isEqualTo(NOW.plusSeconds(9));
    assertThat(replaced.details().name()).isEqualTo("C");
    assertThat(replaced.belongsTo(ORGANIZER)).isTrue();
    assertThat(replaced.belongsTo(new OrganizerId(UUID.randomUUID()))).isFalse();
  }

  @Test
  void aTeamIsOrderedBySortOrderThenByWhoCameFirst() {
    TeamMember second = member(1, 0);
    TeamMember first = member(0, 5);
    TeamMember third = member(1, 1);
    List<TeamMember> team = new ArrayList<>(List.of(third, second, first));

    team.sort(TeamMember.ORDER);

    assertThat(team).containsExactly(first, second, third);
  }

  private static TeamMember member(int sortOrder, int addedSecondsLater) {
    return aTeamMemberOf(ORGANIZER)
        .sortOrder(sortOrder)
        .createdAt(NOW.plusSeconds(addedSecondsLater))
        .build();
  }

  private static TeamMemberDetails details(String name, String role) {
    return new TeamMemberDetails(name, role, null, null, 0);
  }
}
