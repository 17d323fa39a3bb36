package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** The seat invariant, checked straight in the database: nothing oversold, nothing lost. */
final class Seats {
  private Seats() {}

  /**
   * available = capacity − the seats of active bookings − the seats held for NOTIFIED entries (a
   * party counts all its seats), never below 0.
   */
  static void assertInvariant(RunningService running, String event) {
    UUID id = UUID.fromString(event);
    long available = running.count("SELECT available FROM event.events WHERE id = ?", id);
    long expected =
        running.count(
            """
            SELECT e.capacity
                   - (SELECT COALESCE(sum(b.seats), 0) FROM event.bookings b
                       WHERE b.event_id = e.id AND b.status IN ('PENDING', 'CONFIRMED'))
                   - (SELECT COALESCE(sum(w.seats), 0) FROM event.waitlist w
                       WHERE w.event_id = e.id AND w.status = 'NOTIFIED')
              FROM event.events e WHERE e.id = ?
            """,
            id);
    assertThat(available).as("available of %s", event).isEqualTo(expected).isNotNegative();
  }

  static long count(RunningService running, String sql, String event) {
    return running.count(sql, UUID.fromString(event));
  }
}
