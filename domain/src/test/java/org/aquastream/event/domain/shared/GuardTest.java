package org.aquastream.event.domain.shared;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuardTest {
  private static final String WAVE = "\uD83C\uDF0A";

  @Test
  void anEmojiIsOneCharacterThoughJavaStoresItInTwoUnits() {
    assertThat(Guard.characters(WAVE)).isEqualTo(1);
    assertThat(Guard.characters("Волга " + WAVE)).isEqualTo(7);
  }

  @Test
  void aRequiredTextIsMeasuredInCharacters() {
    assertThat(Guard.text("title", WAVE.repeat(200), 1, 200)).hasSize(400);
    assertInvalidField(() -> Guard.text("title", WAVE.repeat(201), 1, 200)).isEqualTo("title");
  }

  @Test
  void anOptionalTextIsMeasuredInCharacters() {
    assertThat(Guard.optionalText("bio", " " + WAVE.repeat(10) + " ", 10))
        .isEqualTo(WAVE.repeat(10));
    assertInvalidField(() -> Guard.optionalText("bio", WAVE.repeat(11), 10)).isEqualTo("bio");
  }
}
