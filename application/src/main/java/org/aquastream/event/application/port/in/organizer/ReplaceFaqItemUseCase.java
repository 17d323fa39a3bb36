package org.aquastream.event.application.port.in.organizer;

import org.aquastream.event.domain.organizer.FaqContent;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.shared.Actor;

/** An organizer replaces the question, answer and position of one of its FAQ items. */
public interface ReplaceFaqItemUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown item
   * @throws org.aquastream.event.application.error.AccessDeniedException for another organizer's
   */
  FaqItem replace(Actor actor, FaqItemId id, FaqContent content);
}
