package org.aquastream.event.application.port.in.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.aquastream.event.domain.booking.BookingStatus;

/**
 * Figures about the bookings in a scope: their number, in total and per status (every status is
 * present, 0 when none), the revenue of CONFIRMED and COMPLETED bookings, and the waitlist entries
 * still queued for the same events.
 */
public record BookingStatistics(
    long totalBookings,
    Map<BookingStatus, Long> bookingsByStatus,
    BigDecimal totalRevenue,
    long waitlistSize) {

  public BookingStatistics {
    Objects.requireNonNull(bookingsByStatus, "bookingsByStatus");
    Objects.requireNonNull(totalRevenue, "totalRevenue");
    Map<BookingStatus, Long> all = new EnumMap<>(BookingStatus.class);
    for (BookingStatus status : BookingStatus.values()) {
      all.put(status, bookingsByStatus.getOrDefault(status, 0L));
    }
    bookingsByStatus = Map.copyOf(all);
    totalRevenue = totalRevenue.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The counts ordered as the statuses are declared. */
  public Map<BookingStatus, Long> byStatusInOrder() {
    return new EnumMap<>(bookingsByStatus);
  }
}
