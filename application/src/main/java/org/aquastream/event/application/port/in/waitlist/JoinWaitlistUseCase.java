package org.aquastream.event.application.port.in.waitlist;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** A user queues, alone or for a party, for an event without enough free seats. */
public interface JoinWaitlistUseCase {

  /**
   * Queues the actor for a party of {@code seats}.
   *
   * @throws org.aquastream.event.domain.shared.InvalidValueException naming {@code seats} outside 1
   *     to the event's {@code maxSeatsPerBooking}
   * @throws org.aquastream.event.application.error.NotFoundException when the event is unknown or
   *     not public
   * @throws org.aquastream.event.domain.shared.InvalidStateException when the event takes no
   *     bookings or still has seats free for the party
   * @throws org.aquastream.event.application.error.ConflictException {@code booking-exists} or
   *     {@code waitlist-entry-exists} when the user already holds a booking or a place
   */
  WaitlistEntryView join(Actor actor, EventId eventId, int seats);

  /** Queues the actor alone, as {@link #join(Actor, EventId, int)} for one seat. */
  default WaitlistEntryView join(Actor actor, EventId eventId) {
    return join(actor, eventId, 1);
  }
}
