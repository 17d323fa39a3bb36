package org.aquastream.event.application.port.in.waitlist;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/**
 * The owning organizer (or an ADMIN) offers an event's free seats to the head of its queue now:
 * each offered seat is held for the next WAITING user, who is notified.
 */
public interface ProcessWaitlistUseCase {

  /**
   * @return how many users were offered a seat
   * @throws org.aquastream.event.application.error.AccessDeniedException unless the actor manages
   *     the event
   * @throws org.aquastream.event.domain.shared.InvalidStateException when the event takes no
   *     bookings
   */
  int process(Actor actor, EventId eventId);
}
