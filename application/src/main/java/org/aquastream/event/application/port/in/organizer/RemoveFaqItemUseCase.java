package org.aquastream.event.application.port.in.organizer;

import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.shared.Actor;

/** An organizer removes a question from its FAQ. */
public interface RemoveFaqItemUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown item
   * @throws org.aquastream.event.application.error.AccessDeniedException for another organizer's
   */
  void remove(Actor actor, FaqItemId id);
}
