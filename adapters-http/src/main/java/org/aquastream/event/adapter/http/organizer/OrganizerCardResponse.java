package org.aquastream.event.adapter.http.organizer;

import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.adapter.http.organizer.OrganizerResponse.ContactsResponse;
import org.aquastream.event.application.port.in.organizer.OrganizerCard;
import org.aquastream.event.domain.organizer.Organizer;

/** An organizer in the public directory; its owner's user id stays private. */
public record OrganizerCardResponse(
    UUID id,
    String slug,
    String name,
    String logoUrl,
    String description,
    ContactsResponse contacts,
    String brandColor,
    long eventCount,
    Instant createdAt,
    Instant updatedAt) {

  public static OrganizerCardResponse from(OrganizerCard card) {
    Organizer o = card.organizer();
    var p = o.profile();
    return new OrganizerCardResponse(
        o.id().value(),
        o.slug().value(),
        p.name(),
        p.logoUrl(),
        p.description(),
        ContactsResponse.from(p.contacts()),
        p.brandColor(),
        card.eventCount(),
        o.createdAt(),
        o.updatedAt());
  }
}
