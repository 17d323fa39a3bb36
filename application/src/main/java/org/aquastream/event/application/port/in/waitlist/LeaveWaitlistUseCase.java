package org.aquastream.event.application.port.in.waitlist;

import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/** A user leaves an event's queue; a seat held for them passes to the next in line. */
public interface LeaveWaitlistUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException when the user is not queued
   */
  void leave(Actor actor, EventId eventId);
}
