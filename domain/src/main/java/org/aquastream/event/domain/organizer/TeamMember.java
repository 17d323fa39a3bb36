package org.aquastream.event.domain.organizer;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A person of an organizer's team, listed on its public page in {@link #ORDER}. */
public record TeamMember(
    TeamMemberId id,
    OrganizerId organizerId,
    TeamMemberDetails details,
    Instant createdAt,
    Instant updatedAt) {

  /** How a team is listed: by sortOrder, then the earliest added first, then by id. */
  public static final Comparator<TeamMember> ORDER =
      Comparator.<TeamMember>comparingInt(m -> m.details().sortOrder())
          .thenComparing(TeamMember::createdAt)
          .thenComparing(m -> m.id().toString());

  public TeamMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizerId, "organizerId");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static TeamMember create(
      TeamMemberId id, OrganizerId organizer, TeamMemberDetails details, Instant now) {
    return new TeamMember(id, organizer, details, now, now);
  }

  /** The same member with everything it shows replaced. */
  public TeamMember replace(TeamMemberDetails newDetails, Instant now) {
    return new TeamMember(id, organizerId, newDetails, createdAt, now);
  }

  public boolean belongsTo(OrganizerId organizer) {
    return organizerId.equals(organizer);
  }
}
