package org.aquastream.event.adapter.http.organizer;

import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.domain.organizer.TeamMember;

/** Team member JSON. */
public record TeamMemberResponse(
    UUID id,
    UUID organizerId,
    String name,
    String role,
    String photoUrl,
    String bio,
    int sortOrder,
    Instant createdAt,
    Instant updatedAt) {

  public static TeamMemberResponse from(TeamMember member) {
    var d = member.details();
    return new TeamMemberResponse(
        member.id().value(),
        member.organizerId().value(),
        d.name(),
        d.role(),
        d.photoUrl(),
        d.bio(),
        d.sortOrder(),
        member.createdAt(),
        member.updatedAt());
  }
}
