package org.aquastream.event.application.port.in.booking;

/** The expiry job: PENDING bookings past their TTL and grace period expire and free their seat. */
public interface ExpirePendingBookingsUseCase {

  /** Runs once over every due booking, in bounded batches; returns how many expired. */
  int expirePendingBookings();
}
