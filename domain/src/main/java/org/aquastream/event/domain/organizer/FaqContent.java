package org.aquastream.event.domain.organizer;

import org.aquastream.event.domain.shared.Guard;

/**
 * A question (1–500 characters) with its answer (1–2000) and its position in the FAQ ({@code
 * sortOrder}, lower first).
 */
public record FaqContent(String question, String answer, int sortOrder) {
  public FaqContent {
    question = Guard.text("question", question, 1, 500);
    answer = Guard.text("answer", answer, 1, 2000);
    Guard.sortOrder(sortOrder);
  }
}
