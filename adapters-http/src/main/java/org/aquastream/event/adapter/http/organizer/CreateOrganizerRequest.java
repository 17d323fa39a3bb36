package org.aquastream.event.adapter.http.organizer;

import java.util.UUID;
import org.aquastream.event.adapter.http.common.Required;
import org.aquastream.event.application.port.in.organizer.CreateOrganizerUseCase;
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.UserId;

/** Body of POST /organizers. */
record CreateOrganizerRequest(
    String slug,
    String name,
    UUID ownerUserId,
    String logoUrl,
    String description,
    ContactsBody contacts,
    String brandColor) {

  record ContactsBody(String phone, String email, String telegram, String website) {
    Contacts toContacts() {
      return new Contacts(phone, email, telegram, website);
    }
  }

  CreateOrganizerUseCase.Command toCommand(Actor actor) {
    new Required()
        .field("slug", slug)
        .field("name", name)
        .field("ownerUserId", ownerUserId)
        .check();
    return new CreateOrganizerUseCase.Command(
        actor,
        new Slug(slug),
        new UserId(ownerUserId),
        new OrganizerProfile(
            name,
            logoUrl,
            description,
            contacts == null ? Contacts.none() : contacts.toContacts(),
            brandColor));
  }
}
