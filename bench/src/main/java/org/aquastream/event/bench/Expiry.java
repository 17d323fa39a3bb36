package org.aquastream.event.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The expiry job on a backlog: {@code due} PENDING bookings past TTL and grace (100 per event, the
 * events sold out) released by {@code POST /internal/jobs/expire-bookings}, which runs the same use
 * case as the scheduled job, in batches of 500. The baseline is the same release (status, audit
 * row, notification in the outbox, seat) as one set-based SQL transaction (rolled back), the floor
 * for the work itself.
 */
final class Expiry {
  private static final int PER_EVENT = 100;
  private static final AtomicInteger SETS = new AtomicInteger();

  private Expiry() {}

  static void run(Run run, String scenario) throws Exception {
    int due = run.options.expiryDue();
    int events = due / PER_EVENT;
    String prefix = "bench-expiry-" + SETS.incrementAndGet() + "-";
    run.data.events(prefix, 1, events, PER_EVENT, 0);
    run.data.pendingBookings(prefix, events, due, "now() - interval '1 hour'");
    run.data.vacuum();

    double sqlSeconds = setBasedRelease(run);
    CpuMeter cpu = run.cpu(1);
    long started = System.nanoTime();
    long expired =
        run.http
            .post(
                run.first().base(), "/internal/jobs/expire-bookings", Http.ADMIN, "ADMIN", "", 200)
            .path("expired")
            .asLong();
    double seconds = (System.nanoTime() - started) / 1e9;
    CpuMeter.Usage usage = cpu.stop();
    long freed = run.data.available(prefix, events);
    if (expired < due || freed != due) {
      throw new IllegalStateException(
          "expiry: %d expired, %d seats free again, %d due".formatted(expired, freed, due));
    }
    run.report.add(
        scenario,
        "%s due bookings released by the job".formatted(Report.count(due)),
        String.format("%.1f s (%s)", seconds, Report.rate(due / seconds)),
        "one set-based SQL transaction doing the same",
        String.format("%.1f s", sqlSeconds),
        Report.ratio(seconds, sqlSeconds));
    run.report.note(
        "%s: %s expired, %s seats free again; %s"
            .formatted(scenario, Report.count(expired), Report.count(freed), usage));
  }

  /**
   * Expires every due booking, writes their audit rows and booking.expired notifications and frees
   * their seats; rolls back.
   */
  private static double setBasedRelease(Run run) throws SQLException {
    try (Connection connection = run.postgres.connect();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      long started = System.nanoTime();
      statement.execute(
          """
          WITH due AS (
                 UPDATE event.bookings SET status = 'EXPIRED', updated_at = now()
                  WHERE status = 'PENDING' AND expires_at < now() - interval '5 minutes'
                 RETURNING id, event_id, user_id),
               logs AS (
                 INSERT INTO event.booking_logs (booking_id, action, old_status, new_status, details)
                 SELECT id, 'STATUS_CHANGED', 'PENDING', 'EXPIRED', '{"reason":"TTL_EXPIRED"}'
                   FROM due),
               notices AS (
                 INSERT INTO event.outbox (id, kind, payload, idempotency_key)
                 SELECT gen_random_uuid(), 'NOTIFICATION',
                        jsonb_build_object('userId', due.user_id, 'template', 'booking.expired',
                          'data', jsonb_build_object('bookingId', due.id, 'eventId', e.id,
                            'eventTitle', e.title, 'eventStart', e.date_start, 'status', 'EXPIRED')),
                        'booking.expired:' || due.id
                   FROM due JOIN event.events e ON e.id = due.event_id),
               freed AS (SELECT event_id, count(*) AS seats FROM due GROUP BY event_id)
          UPDATE event.events e SET available = least(e.capacity, e.available + freed.seats),
                 updated_at = now()
            FROM freed WHERE e.id = freed.event_id
          """);
      double seconds = (System.nanoTime() - started) / 1e9;
      connection.rollback();
      return seconds;
    }
  }
}
