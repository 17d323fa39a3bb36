package org.aquastream.event.application.port.out.shared;

import java.util.Optional;
import org.aquastream.event.domain.booking.BookingStatus;

/** The countable happenings of the service (exported as {@code aquastream.*} metrics). */
public enum BusinessEvent {
  BOOKING_CREATED,
  BOOKING_CONFIRMED,
  BOOKING_CANCELLED,
  BOOKING_EXPIRED,
  WAITLIST_PROCESSED,
  WAITLIST_EXPIRED,
  EVENT_COMPLETED;

  /** What a booking moving into {@code status} counts as, if anything. */
  public static Optional<BusinessEvent> ofBookingStatus(BookingStatus status) {
    return switch (status) {
      case PENDING -> Optional.of(BOOKING_CREATED);
      case CONFIRMED -> Optional.of(BOOKING_CONFIRMED);
      case CANCELLED -> Optional.of(BOOKING_CANCELLED);
      case EXPIRED -> Optional.of(BOOKING_EXPIRED);
      case COMPLETED, NO_SHOW -> Optional.empty();
    };
  }
}
