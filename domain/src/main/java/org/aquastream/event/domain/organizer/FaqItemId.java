package org.aquastream.event.domain.organizer;

import java.util.UUID;
import org.aquastream.event.domain.shared.Guard;

/** Identity of a question and answer on an organizer's page. */
public record FaqItemId(UUID value) {
  public FaqItemId {
    Guard.present("faqItemId", value);
  }

  public static FaqItemId newId() {
    return new FaqItemId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
