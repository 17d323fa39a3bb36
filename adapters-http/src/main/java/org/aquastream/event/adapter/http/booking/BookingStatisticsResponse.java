package org.aquastream.event.adapter.http.booking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.aquastream.event.application.port.in.booking.BookingStatistics;

/** Statistics JSON: every status appears in {@code bookingsByStatus}, 0 when none. */
public record BookingStatisticsResponse(
    UUID eventId,
    long totalBookings,
    Map<String, Long> bookingsByStatus,
    BigDecimal totalRevenue,
    String currency,
    long waitlistSize) {

  public static BookingStatisticsResponse from(
      BookingStatistics statistics, UUID eventId, String currency) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    statistics.byStatusInOrder().forEach((status, count) -> byStatus.put(status.name(), count));
    return new BookingStatisticsResponse(
        eventId,
        statistics.totalBookings(),
        byStatus,
        statistics.totalRevenue(),
        currency,
        statistics.waitlistSize());
  }
}
