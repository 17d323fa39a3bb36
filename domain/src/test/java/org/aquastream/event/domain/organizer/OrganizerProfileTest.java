package org.aquastream.event.domain.organizer;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.InvalidValues.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizerProfileTest {

  @ParameterizedTest
  @ValueSource(strings = {"#12ABef", "#000000", "#FFFFFF"})
  void aBrandColourIsAHashAndSixHexDigits(String colour) {
    assertThat(new OrganizerProfile("Club", null, null, null, colour).brandColor())
        .isEqualTo(colour);
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456", "#12345G", "#12345", "#1234567", "red", "#abc"})
  void anythingElseIsNotABrandColour(String colour) {
    assertInvalidField(() -> new OrganizerProfile("Club", null, null, null, colour))
        .isEqualTo("brandColor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"logo.png", "file:///etc/passwd", "data:image/png;base64,AAA"})
  void aLogoMustBeAnHttpUrl(String url) {
    assertInvalidField(() -> new OrganizerProfile("Club", url, null, null, null))
        .isEqualTo("logoUrl");
  }

  @Test
  void aLogoUrlHasAtMostFiveHundredCharacters() {
    String longest = "https://cdn.example.org/" + text(476);
    assertThat(new OrganizerProfile("Club", longest, null, null, null).logoUrl()).hasSize(500);
    assertInvalidField(() -> new OrganizerProfile("Club", longest + "x", null, null, null))
        .isEqualTo("logoUrl");
  }

  @Test
  void aNameIsRequiredAndAtMostTwoHundredFiftyFiveCharacters() {
    assertInvalidField(() -> OrganizerProfile.named(null)).isEqualTo("name");
    assertInvalidField(() -> OrganizerProfile.named("   ")).isEqualTo("name");
    assertInvalidField(() -> OrganizerProfile.named(text(256))).isEqualTo("name");
    assertThat(OrganizerProfile.named(" Kayak Club ").name()).isEqualTo("Kayak Club");
  }

  @Test
  void aDescriptionHasAtMostTenThousandCharacters() {
    assertInvalidField(() -> new OrganizerProfile("Club", null, text(10_001), null, null))
        .isEqualTo("description");
  }

  @Test
  void missingContactsMeanNoContacts() {
    OrganizerProfile profile = OrganizerProfile.named("Club");

    assertThat(profile.contacts()).isEqualTo(Contacts.none());
    assertThat(profile.logoUrl()).isNull();
    assertThat(profile.brandColor()).isNull();
  }
}
