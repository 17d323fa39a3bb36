package org.aquastream.event.domain.organizer;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.ALICE;
import static org.aquastream.event.domain.testdata.TestUsers.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrganizerTest {

  @Test
  void aNewOrganizerBelongsToItsOwner() {
    Organizer club =
        Organizer.create(
            OrganizerId.newId(), new Slug("kayak-club"), ALICE, OrganizerProfile.named("K"), NOW);

    assertThat(club.isOwnedBy(ALICE)).isTrue();
    assertThat(club.isOwnedBy(BOB)).isFalse();
    assertThat(club.createdAt()).isEqualTo(NOW);
    assertThat(club.updatedAt()).isEqualTo(NOW);
  }

  @Test
  void aNewProfileKeepsIdentityAndCreationTime() {
    Organizer club =
        Organizer.create(
            OrganizerId.newId(), new Slug("kayak-club"), ALICE, OrganizerProfile.named("K"), NOW);
    OrganizerProfile renamed = OrganizerProfile.named("Kayak Club");

    Organizer changed = club.withProfile(renamed, NOW.plus(Duration.ofHours(1)));

    assertThat(changed.id()).isEqualTo(club.id());
    assertThat(changed.slug()).isEqualTo(club.slug());
    assertThat(changed.ownerUserId()).isEqualTo(ALICE);
    assertThat(changed.profile()).isEqualTo(renamed);
    assertThat(changed.createdAt()).isEqualTo(NOW);
    assertThat(changed.updatedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }
}
