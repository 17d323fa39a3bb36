package org.aquastream.event.application.port.in.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.aquastream.event.domain.booking.BookingStatus;

/**
 * Figures about the bookings in a scope: their number and their seats, in total and per status
 * (every status is present, 0 when none), the revenue of CONFIRMED and COMPLETED bookings, and the
 * waitlist entries still queued for the same events with the seats their parties wait for.
 */
public record BookingStatistics(
    long totalBookings,
    Map<BookingStatus, Long> bookingsByStatus,
    long totalSeats,
    Map<BookingStatus, Long> seatsByStatus,
    BigDecimal totalRevenue,
    long waitlistSize,
    long waitlistSeats) {

  public BookingStatistics {
    bookingsByStatus = everyStatus(Objects.requireNonNull(bookingsByStatus, "bookingsByStatus"));
    seatsByStatus = everyStatus(Objects.requireNonNull(seatsByStatus, "seatsByStatus"));
    Objects.requireNonNull(totalRevenue, "totalRevenue");
    totalRevenue = totalRevenue.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * The figures of bookings counted per status, {@code bookings} of them and {@code seats} seats;
   * the totals are their sums.
   */
  public static BookingStatistics of(
      Map<BookingStatus, Long> bookings,
      Map<BookingStatus, Long> seats,
      BigDecimal revenue,
      long waitlistSize,
      long waitlistSeats) {
    return new BookingStatistics(
        sum(bookings), bookings, sum(seats), seats, revenue, waitlistSize, waitlistSeats);
  }

  /** The booking counts ordered as the statuses are declared. */
  public Map<BookingStatus, Long> byStatusInOrder() {
    return new EnumMap<>(bookingsByStatus);
  }

  /** The seat counts ordered as the statuses are declared. */
  public Map<BookingStatus, Long> seatsByStatusInOrder() {
    return new EnumMap<>(seatsByStatus);
  }

  private static Map<BookingStatus, Long> everyStatus(Map<BookingStatus, Long> counts) {
    Map<BookingStatus, Long> all = new EnumMap<>(BookingStatus.class);
    for (BookingStatus status : BookingStatus.values()) {
      all.put(status, counts.getOrDefault(status, 0L));
    }
    return Map.copyOf(all);
  }

  private static long sum(Map<BookingStatus, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
