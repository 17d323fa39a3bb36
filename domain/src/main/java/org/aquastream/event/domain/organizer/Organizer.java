package org.aquastream.event.domain.organizer;

import java.time.Instant;
import java.util.Objects;
import org.aquastream.event.domain.shared.UserId;

/** A company or club that runs events; owned by exactly one user account. */
public final class Organizer {
  private final OrganizerId id;
  private final Slug slug;
  private final UserId ownerUserId;
  private final OrganizerProfile profile;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Organizer(
      OrganizerId id,
      Slug slug,
      UserId ownerUserId,
      OrganizerProfile profile,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.slug = Objects.requireNonNull(slug, "slug");
    this.ownerUserId = Objects.requireNonNull(ownerUserId, "ownerUserId");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static Organizer create(
      OrganizerId id, Slug slug, UserId owner, OrganizerProfile profile, Instant now) {
    return new Organizer(id, slug, owner, profile, now, now);
  }

  /** Rebuilds a stored organizer; structure only, no business preconditions. */
  public static Organizer restore(
      OrganizerId id,
      Slug slug,
      UserId owner,
      OrganizerProfile profile,
      Instant createdAt,
      Instant updatedAt) {
    return new Organizer(id, slug, owner, profile, createdAt, updatedAt);
  }

  public Organizer withProfile(OrganizerProfile newProfile, Instant now) {
    return new Organizer(id, slug, ownerUserId, newProfile, createdAt, now);
  }

  public boolean isOwnedBy(UserId user) {
    return ownerUserId.equals(user);
  }

  public OrganizerId id() {
    return id;
  }

  public Slug slug() {
    return slug;
  }

  public UserId ownerUserId() {
    return ownerUserId;
  }

  public OrganizerProfile profile() {
    return profile;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
