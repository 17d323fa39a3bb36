package org.aquastream.event.application.port.in.waitlist;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** A user asks where they stand in an event's queue. */
public interface GetWaitlistStatusUseCase {

  /**
   * The queued entry with its position or, once it left the queue, the latest entry (its status
   * tells how it ended).
   *
   * @throws org.aquastream.event.application.error.NotFoundException when the user never joined
   */
  WaitlistEntryView status(Actor actor, EventId eventId);
}
