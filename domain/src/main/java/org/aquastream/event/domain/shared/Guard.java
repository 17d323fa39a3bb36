package org.aquastream.event.domain.shared;

import java.util.regex.Pattern;

/** Small checks shared by the self-validating records of the domain. */
public final class Guard {
  private static final Pattern HTTP_URL = Pattern.compile("^https?://\\S+$");

  private Guard() {}

  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, field + " is required");
    }
    return value;
  }

  /**
   * How many characters {@code text} has: Unicode code points, as people and JSON Schema count
   * them, not the UTF-16 units of {@link String#length()} (an emoji is one character, two units).
   */
  public static int characters(String text) {
    return text.codePointCount(0, text.length());
  }

  /** A required text, trimmed, between {@code min} and {@code max} characters. */
  public static String text(String field, String value, int min, int max) {
    String trimmed = present(field, value).strip();
    int characters = characters(trimmed);
    if (characters < min || characters > max) {
      throw new InvalidValueException(
          field, field + " must be " + min + "–" + max + " characters long");
    }
    return trimmed;
  }

  /** An optional text; blank becomes null, longer than {@code max} is refused. */
  public static String optionalText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (characters(trimmed) > max) {
      throw new InvalidValueException(field, field + " must be at most " + max + " characters");
    }
    return trimmed;
  }

  /** An optional absolute http(s) URL of at most {@code max} characters. */
  public static String optionalUrl(String field, String value, int max) {
    String url = optionalText(field, value, max);
    if (url != null && !HTTP_URL.matcher(url).matches()) {
      throw new InvalidValueException(field, field + " must be an http or https URL");
    }
    return url;
  }

  /** Largest position of an ordered item (team member, FAQ item); 0 is the first. */
  public static final int MAX_SORT_ORDER = 10_000;

  /** The position of an item in an organizer's ordered list: 0 to {@value #MAX_SORT_ORDER}. */
  public static int sortOrder(int value) {
    return range("sortOrder", value, 0, MAX_SORT_ORDER);
  }

  public static int range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, field + " must be between " + min + " and " + max);
    }
    return value;
  }
}
