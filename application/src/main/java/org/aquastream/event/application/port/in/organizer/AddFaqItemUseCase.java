package org.aquastream.event.application.port.in.organizer;

import java.util.Optional;
import org.aquastream.event.domain.organizer.FaqContent;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;

/** An organizer adds a question and answer to its FAQ. */
public interface AddFaqItemUseCase {

  /**
   * @param organizerId the organizer an ADMIN acts for; others act for their own
   * @throws org.aquastream.event.application.error.AccessDeniedException when the actor acts for no
   *     organizer, or names one it does not own
   */
  FaqItem add(Actor actor, Optional<OrganizerId> organizerId, FaqContent content);
}
