package org.aquastream.event.domain.organizer;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** One question and answer of an organizer's FAQ, listed in {@link #ORDER}. */
public record FaqItem(
    FaqItemId id,
    OrganizerId organizerId,
    FaqContent content,
    Instant createdAt,
    Instant updatedAt) {

  /** How a FAQ is listed: by sortOrder, then the earliest added first, then by id. */
  public static final Comparator<FaqItem> ORDER =
      Comparator.<FaqItem>comparingInt(f -> f.content().sortOrder())
          .thenComparing(FaqItem::createdAt)
          .thenComparing(f -> f.id().toString());

  public FaqItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizerId, "organizerId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static FaqItem create(
      FaqItemId id, OrganizerId organizer, FaqContent content, Instant now) {
    return new FaqItem(id, organizer, content, now, now);
  }

  /** The same item with question, answer and position replaced. */
  public FaqItem replace(FaqContent newContent, Instant now) {
    return new FaqItem(id, organizerId, newContent, createdAt, now);
  }

  public boolean belongsTo(OrganizerId organizer) {
    return organizerId.equals(organizer);
  }
}
