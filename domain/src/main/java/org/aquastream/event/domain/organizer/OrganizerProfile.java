package org.aquastream.event.domain.organizer;

import java.util.Objects;
import java.util.regex.Pattern;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/** What an organizer shows about itself: name, logo, description, contacts, brand colour. */
public record OrganizerProfile(
    String name, String logoUrl, String description, Contacts contacts, String brandColor) {
  private static final Pattern COLOR = Pattern.compile("^#[0-9A-Fa-f]{6}$");

  public OrganizerProfile {
    name = Guard.text("name", name, 1, 255);
    logoUrl = Guard.optionalUrl("logoUrl", logoUrl, 500);
    description = Guard.optionalText("description", description, 10_000);
    contacts = Objects.requireNonNullElse(contacts, Contacts.none());
    brandColor = Guard.optionalText("brandColor", brandColor, 7);
    if (brandColor != null && !COLOR.matcher(brandColor).matches()) {
      throw new InvalidValueException("brandColor", "brandColor must look like #RRGGBB");
    }
  }

  public static OrganizerProfile named(String name) {
    return new OrganizerProfile(name, null, null, Contacts.none(), null);
  }
}
