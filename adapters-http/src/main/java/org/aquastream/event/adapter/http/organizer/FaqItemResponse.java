package org.aquastream.event.adapter.http.organizer;

import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.domain.organizer.FaqItem;

/** FAQ item JSON. */
public record FaqItemResponse(
    UUID id,
    UUID organizerId,
    String question,
    String answer,
    int sortOrder,
    Instant createdAt,
    Instant updatedAt) {

  public static FaqItemResponse from(FaqItem item) {
    var c = item.content();
    return new FaqItemResponse(
        item.id().value(),
        item.organizerId().value(),
        c.question(),
        c.answer(),
        c.sortOrder(),
        item.createdAt(),
        item.updatedAt());
  }
}
