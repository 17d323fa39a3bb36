package org.aquastream.event.adapter.http.booking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.aquastream.event.application.port.in.booking.BookingStatistics;

/**
 * Statistics JSON: every status appears in {@code bookingsByStatus} and {@code seatsByStatus}, 0
 * when none; a party's booking counts once among the bookings and with all its seats among the
 * seats.
 */
public record BookingStatisticsResponse(
    UUID eventId,
    long totalBookings,
    Map<String, Long> bookingsByStatus,
    long totalSeats,
    Map<String, Long> seatsByStatus,
    BigDecimal totalRevenue,
    String currency,
    long waitlistSize,
    long waitlistSeats) {

  public static BookingStatisticsResponse from(
      BookingStatistics statistics, UUID eventId, String currency) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    statistics.byStatusInOrder().forEach((status, count) -> byStatus.put(status.name(), count));
    Map<String, Long> seats = new LinkedHashMap<>();
    statistics.seatsByStatusInOrder().forEach((status, count) -> seats.put(status.name(), count));
    return new BookingStatisticsResponse(
        eventId,
        statistics.totalBookings(),
        byStatus,
        statistics.totalSeats(),
        seats,
        statistics.totalRevenue(),
        currency,
        statistics.waitlistSize(),
        statistics.waitlistSeats());
  }
}
