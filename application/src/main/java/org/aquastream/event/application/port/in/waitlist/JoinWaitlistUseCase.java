package org.aquastream.event.application.port.in.waitlist;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** A user queues for a sold-out event. */
public interface JoinWaitlistUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException when the event is unknown or
   *     not public
   * @throws org.aquastream.event.domain.shared.InvalidStateException when the event takes no
   *     bookings or still has free seats
   * @throws org.aquastream.event.application.error.ConflictException {@code booking-exists} or
   *     {@code waitlist-entry-exists} when the user already holds a booking or a place
   */
  WaitlistEntryView join(Actor actor, EventId eventId);
}
