package org.aquastream.event.adapter.http.organizer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.aquastream.event.adapter.http.common.RequestValidationException;
import org.aquastream.event.adapter.http.organizer.CreateOrganizerRequest.ContactsBody;
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.OrganizerProfilePatch;

/**
 * Body of PUT /organizer/profile, a partial update: an absent field keeps its value, a null one
 * clears it ({@code contacts}: all of them); {@code name} can be changed, never cleared.
 */
record ProfileRequest(
    String name, String logoUrl, String description, ContactsBody contacts, String brandColor) {

  OrganizerProfilePatch toPatch(ObjectNode fields) {
    if (fields.has("name") && name == null) {
      throw RequestValidationException.of("name", "name must not be null");
    }
    return new OrganizerProfilePatch(
        Optional.ofNullable(name),
        cleared(fields, "logoUrl", logoUrl),
        cleared(fields, "description", description),
        fields.has("contacts")
            ? Optional.of(contacts == null ? Contacts.none() : contacts.toContacts())
            : Optional.empty(),
        cleared(fields, "brandColor", brandColor));
  }

  /** Present: the value, or "" (which the profile reads as none) for null. */
  private static Optional<String> cleared(ObjectNode fields, String name, String value) {
    return fields.has(name) ? Optional.of(value == null ? "" : value) : Optional.empty();
  }
}
