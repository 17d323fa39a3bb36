package org.aquastream.event.domain.organizer;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"abc", "kayak-club-42", "0-0", "---"})
  void lowerCaseLettersDigitsAndHyphensMakeASlug(String value) {
    assertThat(new Slug(value).value()).isEqualTo(value);
    assertThat(new Slug(value)).hasToString(value);
  }

  @Test
  void aSlugIsThreeToAHundredCharactersLong() {
    assertThat(new Slug("a".repeat(100)).value()).hasSize(100);
    assertInvalidField(() -> new Slug("ab")).isEqualTo("slug");
    assertInvalidField(() -> new Slug("a".repeat(101))).isEqualTo("slug");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Kayak", "kayak_club", "kayak club", "kayak.club", "каяк-клуб", " abc", "abc\n"})
  void anythingElseIsRefused(String value) {
    assertInvalidField(() -> new Slug(value)).isEqualTo("slug");
  }

  @Test
  void aSlugIsRequired() {
    assertInvalidField(() -> new Slug(null)).isEqualTo("slug");
  }
}
