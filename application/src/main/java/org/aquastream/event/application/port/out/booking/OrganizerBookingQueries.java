package org.aquastream.event.application.port.out.booking;

import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingScope;
import org.aquastream.event.application.port.in.booking.BookingStatistics;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** Reads the bookings of an organizer's events, for the organizer. */
public interface OrganizerBookingQueries {

  /** The bookings in {@code scope}, optionally of one status, newest first. */
  Page<BookingWithEvent> list(BookingScope scope, Optional<BookingStatus> status, PageRequest page);

  /**
   * Counts of the bookings in {@code scope} by status, the revenue of CONFIRMED and COMPLETED ones,
   * and the waitlist entries still queued (WAITING or NOTIFIED) for the same events.
   */
  BookingStatistics statistics(BookingScope scope);
}
