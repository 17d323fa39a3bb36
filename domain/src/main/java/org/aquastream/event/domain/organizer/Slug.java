package org.aquastream.event.domain.organizer;

import java.util.regex.Pattern;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/** The URL name of an organizer: 3–100 of lower-case letters, digits and hyphens. */
public record Slug(String value) {
  private static final Pattern FORMAT = Pattern.compile("^[a-z0-9-]{3,100}$");

  public Slug {
    Guard.present("slug", value);
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "slug", "slug must be 3–100 lower-case letters, digits or hyphens");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
