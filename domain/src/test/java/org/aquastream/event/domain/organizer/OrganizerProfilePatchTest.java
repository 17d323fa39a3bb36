package org.aquastream.event.domain.organizer;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizerProfilePatchTest {
  private static final OrganizerProfile CURRENT =
      new OrganizerProfile(
          "Reef Club",
          "https://cdn.example.org/logo.png",
          "Diving since 1999",
          new Contacts("+7 900", null, "@reef", null),
          "#112233");

  @Test
  void anEmptyPatchKeepsEverything() {
    assertThat(patch(null, null, null, null, null).applyTo(CURRENT)).isEqualTo(CURRENT);
  }

  @Test
  void presentFieldsReplaceAndBlankOnesClear() {
    OrganizerProfile changed =
        patch("Reef Club Sochi", "", null, Contacts.none(), "#AABBCC").applyTo(CURRENT);

    assertThat(changed.name()).isEqualTo("Reef Club Sochi");
    assertThat(changed.logoUrl()).isNull();
    assertThat(changed.description()).isEqualTo("Diving since 1999");
    assertThat(changed.contacts()).isEqualTo(Contacts.none());
    assertThat(changed.brandColor()).isEqualTo("#AABBCC");
  }

  @Test
  void theNameCannotBeCleared() {
    assertInvalidField(() -> patch("", null, null, null, null).applyTo(CURRENT)).isEqualTo("name");
  }

  @Test
  void patchedValuesAreCheckedAgain() {
    assertInvalidField(() -> patch(null, null, null, null, "blue").applyTo(CURRENT))
        .isEqualTo("brandColor");
  }

  private static OrganizerProfilePatch patch(
      String name, String logoUrl, String description, Contacts contacts, String brandColor) {
    return new OrganizerProfilePatch(
        Optional.ofNullable(name),
        Optional.ofNullable(logoUrl),
        Optional.ofNullable(description),
        Optional.ofNullable(contacts),
        Optional.ofNullable(brandColor));
  }
}
