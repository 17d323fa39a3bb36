package org.aquastream.event.bootstrap.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;

/**
 * The business counters under the operations document's names ({@code aquastream.bookings.created}
 * ...), registered up front so dashboards and {@code /actuator/metrics/<name>} show them at zero.
 */
public final class MicrometerBusinessMetrics implements BusinessMetrics {
  private final Map<BusinessEvent, Counter> counters = new EnumMap<>(BusinessEvent.class);

  public MicrometerBusinessMetrics(MeterRegistry registry) {
    for (BusinessEvent event : BusinessEvent.values()) {
      counters.put(
          event,
          Counter.builder(meterName(event)).description(description(event)).register(registry));
    }
  }

  @Override
  public void record(BusinessEvent event, int count) {
    if (count > 0) {
      counters.get(event).increment(count);
    }
  }

  static String meterName(BusinessEvent event) {
    return switch (event) {
      case BOOKING_CREATED -> "aquastream.bookings.created";
      case BOOKING_CONFIRMED -> "aquastream.bookings.confirmed";
      case BOOKING_CANCELLED -> "aquastream.bookings.cancelled";
      case BOOKING_EXPIRED -> "aquastream.bookings.expired";
      case WAITLIST_PROCESSED -> "aquastream.waitlist.processed";
      case WAITLIST_EXPIRED -> "aquastream.waitlist.expired";
      case EVENT_COMPLETED -> "aquastream.events.completed";
    };
  }

  private static String description(BusinessEvent event) {
    return switch (event) {
      case BOOKING_CREATED -> "Bookings created (PENDING)";
      case BOOKING_CONFIRMED -> "Bookings confirmed";
      case BOOKING_CANCELLED -> "Bookings cancelled by users, organizers or event cancellation";
      case BOOKING_EXPIRED -> "PENDING bookings expired after their TTL";
      case WAITLIST_PROCESSED -> "Waitlist entries offered a freed seat";
      case WAITLIST_EXPIRED -> "Waitlist offers that passed their window";
      case EVENT_COMPLETED -> "Events completed after their end";
    };
  }
}
