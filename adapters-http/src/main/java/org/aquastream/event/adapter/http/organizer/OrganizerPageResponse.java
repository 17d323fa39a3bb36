package org.aquastream.event.adapter.http.organizer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aquastream.event.adapter.http.event.EventResponse;
import org.aquastream.event.adapter.http.organizer.OrganizerResponse.ContactsResponse;
import org.aquastream.event.application.port.in.organizer.OrganizerPage;
import org.aquastream.event.domain.organizer.Organizer;

/** An organizer's public page: profile, next published events, team and FAQ. */
public record OrganizerPageResponse(
    UUID id,
    String slug,
    String name,
    String logoUrl,
    String description,
    ContactsResponse contacts,
    String brandColor,
    Instant createdAt,
    Instant updatedAt,
    List<EventResponse> events,
    List<TeamMemberResponse> teamMembers,
    List<FaqItemResponse> faqItems) {

  public static OrganizerPageResponse from(OrganizerPage page) {
    Organizer o = page.organizer();
    var p = o.profile();
    return new OrganizerPageResponse(
        o.id().value(),
        o.slug().value(),
        p.name(),
        p.logoUrl(),
        p.description(),
        ContactsResponse.from(p.contacts()),
        p.brandColor(),
        o.createdAt(),
        o.updatedAt(),
        page.upcomingEvents().stream().map(EventResponse::from).toList(),
        page.team().stream().map(TeamMemberResponse::from).toList(),
        page.faq().stream().map(FaqItemResponse::from).toList());
  }
}
