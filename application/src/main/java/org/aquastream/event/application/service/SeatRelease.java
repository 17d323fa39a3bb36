package org.aquastream.event.application.service;

import org.aquastream.event.application.port.out.EventRepository;
import org.aquastream.event.domain.event.EventId;

/**
 * What happens to a seat that a booking gives up: it goes back to the event. Called inside the
 * transaction that ended the booking, after the event row was locked.
 */
public final class SeatRelease {
  private final EventRepository events;

  public SeatRelease(EventRepository events) {
    this.events = events;
  }

  public void release(EventId event) {
    events.releaseSeat(event);
  }
}
