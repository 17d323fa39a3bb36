package org.aquastream.event.adapter.http.organizer;

import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerProfile;

/** Organizer JSON. */
public record OrganizerResponse(
    UUID id,
    String slug,
    String name,
    UUID ownerUserId,
    String logoUrl,
    String description,
    ContactsResponse contacts,
    String brandColor,
    Instant createdAt,
    Instant updatedAt) {

  /** How to reach the organizer; each part may be null. */
  public record ContactsResponse(String phone, String email, String telegram, String website) {
    static ContactsResponse from(Contacts contacts) {
      return new ContactsResponse(
          contacts.phone(), contacts.email(), contacts.telegram(), contacts.website());
    }
  }

  public static OrganizerResponse from(Organizer organizer) {
    OrganizerProfile profile = organizer.profile();
    return new OrganizerResponse(
        organizer.id().value(),
        organizer.slug().value(),
        profile.name(),
        organizer.ownerUserId().value(),
        profile.logoUrl(),
        profile.description(),
        ContactsResponse.from(profile.contacts()),
        profile.brandColor(),
        organizer.createdAt(),
        organizer.updatedAt());
  }
}
