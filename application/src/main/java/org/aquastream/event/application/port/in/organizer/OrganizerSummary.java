package org.aquastream.event.application.port.in.organizer;

import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.Slug;

/** The part of an organizer shown beside each of its events. */
public record OrganizerSummary(OrganizerId id, Slug slug, String name, String logoUrl) {
  public static OrganizerSummary of(Organizer organizer) {
    return new OrganizerSummary(
        organizer.id(),
        organizer.slug(),
        organizer.profile().name(),
        organizer.profile().logoUrl());
  }
}
