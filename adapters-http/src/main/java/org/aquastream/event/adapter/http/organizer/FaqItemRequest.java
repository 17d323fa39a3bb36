package org.aquastream.event.adapter.http.organizer;

import org.aquastream.event.adapter.http.common.Required;
import org.aquastream.event.domain.organizer.FaqContent;

/**
 * Body of POST /organizer/faq and PUT /organizer/faq/{id}; PUT replaces the whole item, an absent
 * {@code sortOrder} is 0.
 */
record FaqItemRequest(String question, String answer, Integer sortOrder) {
  FaqContent toContent() {
    new Required().field("question", question).field("answer", answer).check();
    return new FaqContent(question, answer, sortOrder == null ? 0 : sortOrder);
  }
}
