package org.aquastream.event.domain.organizer;

import java.util.Optional;

/**
 * A partial change of an organizer's profile: an empty field keeps its value. A present blank text
 * clears an optional field ({@code logoUrl}, {@code description}, {@code brandColor}); present
 * {@link Contacts#none()} clears the contacts. The name can be replaced, never cleared.
 */
public record OrganizerProfilePatch(
    Optional<String> name,
    Optional<String> logoUrl,
    Optional<String> description,
    Optional<Contacts> contacts,
    Optional<String> brandColor) {

  /** The profile with the patched fields replaced; the result checks every field again. */
  public OrganizerProfile applyTo(OrganizerProfile current) {
    return new OrganizerProfile(
        name.orElse(current.name()),
        logoUrl.orElse(current.logoUrl()),
        description.orElse(current.description()),
        contacts.orElse(current.contacts()),
        brandColor.orElse(current.brandColor()));
  }
}
