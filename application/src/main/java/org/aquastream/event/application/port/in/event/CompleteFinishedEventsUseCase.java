package org.aquastream.event.application.port.in.event;

/**
 * The completion job: PUBLISHED events that have ended become COMPLETED, their CONFIRMED bookings
 * COMPLETED, their PENDING bookings EXPIRED and their queued waitlist entries CANCELLED.
 */
public interface CompleteFinishedEventsUseCase {

  /** Runs once over every finished event; returns how many events completed. */
  int completeFinishedEvents();
}
