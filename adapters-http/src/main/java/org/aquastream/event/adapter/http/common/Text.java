package org.aquastream.event.adapter.http.common;

import java.util.Optional;

/**
 * Checks of raw request text shared by query parameters and JSON bodies: what PostgreSQL text
 * cannot store as it came is refused, never stored altered.
 */
final class Text {
  private Text() {}

  /**
   * Why {@code text} cannot be stored as it is, phrased to follow the input's name, or empty when
   * it can: U+0000, which no PostgreSQL text column holds, or a lone UTF-16 surrogate (U+D800 to
   * U+DFFF unpaired, as a JSON escape can carry), which is no character and would be written as
   * {@code ?}.
   */
  static Optional<String> unstorable(String text) {
    if (text.indexOf('\u0000') >= 0) {
      return Optional.of("must not contain the NUL character");
    }
    if (hasLoneSurrogate(text)) {
      return Optional.of("must be well-formed Unicode (a lone surrogate such as \\ud800 is not)");
    }
    return Optional.empty();
  }

  /** Refuses {@code text} as the value of {@code field} when it cannot be stored as it is. */
  static void requireStorable(String field, String text) {
    unstorable(text)
        .ifPresent(
            reason -> {
              throw RequestValidationException.of(field, field + " " + reason);
            });
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
