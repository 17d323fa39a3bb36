package org.aquastream.event.application.port.out.shared;

/**
 * Counts what happens to bookings, the waitlist and events, for operators' dashboards. Recording
 * never fails the caller.
 */
public interface BusinessMetrics {

  /** Records that {@code count} occurrences of {@code event} just happened. */
  void record(BusinessEvent event, int count);

  default void record(BusinessEvent event) {
    record(event, 1);
  }

  /** A metrics sink that keeps nothing. */
  BusinessMetrics NONE = (event, count) -> {};
}
