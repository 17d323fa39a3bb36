package org.aquastream.event.bench;

/**
 * Rows the scenarios need, written straight with SQL ({@code generate_series}) as copies of one
 * event created through the API, so that they look exactly like the service's own. Every bench
 * event has a predictable id, {@code md5(prefix || n)::uuid}, which pgbench scripts compute too.
 */
final class BenchData {
  private final PostgresServer postgres;
  private final String template;

  BenchData(PostgresServer postgres, String template) {
    this.postgres = postgres;
    this.template = template;
  }

  /** The id of event {@code n} of a set. */
  static String id(String prefix, long n) {
    return "md5('" + prefix + "' || " + n + ")::uuid";
  }

  /**
   * Published events {@code from}..{@code to} of set {@code prefix}, starting one minute apart from
   * tomorrow on, each with {@code capacity} seats of which {@code available} are free.
   */
  void events(String prefix, long from, long to, int capacity, int available) {
    postgres.execute(
        """
        INSERT INTO event.events (id, organizer_id, type, title, description, date_start, date_end,
            location, price, currency, capacity, available, status, tags, created_at, updated_at)
        SELECT md5('%1$s' || g)::uuid, t.organizer_id, t.type, t.title || ' #' || g, t.description,
               now() + interval '1 day' + make_interval(mins => g::int),
               now() + interval '1 day' + make_interval(mins => g::int) + interval '3 hours',
               t.location, t.price, t.currency, %4$d, %5$d, 'PUBLISHED', t.tags, now(), now()
          FROM event.events t, generate_series(%2$d::bigint, %3$d::bigint) g
         WHERE t.id = '%6$s'
        """
            .formatted(prefix, from, to, capacity, available, template));
  }

  /**
   * {@code count} PENDING bookings of distinct users spread evenly over events 1..{@code events} of
   * set {@code prefix}, expiring at {@code expiresAt} (an SQL expression).
   */
  void pendingBookings(String prefix, int events, long count, String expiresAt) {
    postgres.execute(
        """
        INSERT INTO event.bookings (id, event_id, user_id, status, amount, currency,
            payment_status, expires_at, created_by, created_at, updated_at)
        SELECT gen_random_uuid(), md5('%1$s' || (g %% %2$d + 1))::uuid, u, 'PENDING', 0, 'RUB',
               'NOT_REQUIRED', %4$s, u, now() - interval '2 hours', now() - interval '2 hours'
          FROM (SELECT g, gen_random_uuid() AS u FROM generate_series(0, %3$d - 1) g) s
        """
            .formatted(prefix, events, count, expiresAt));
  }

  long publishedEvents() {
    return postgres.queryLong("SELECT count(*) FROM event.events WHERE status = 'PUBLISHED'");
  }

  /** Seats sold beyond capacity over a set's events: active bookings − (capacity − available). */
  long oversold(String prefix, long events) {
    return postgres.queryLong(
        """
        SELECT coalesce(sum(greatest(0, b.active - (e.capacity - e.available))), 0)
             + coalesce(sum(CASE WHEN e.available < 0 THEN 1 ELSE 0 END), 0)
          FROM event.events e
          JOIN generate_series(1, %2$d) g ON e.id = md5('%1$s' || g)::uuid
          LEFT JOIN LATERAL (SELECT count(*) AS active FROM event.bookings x
                              WHERE x.event_id = e.id AND x.status IN ('PENDING', 'CONFIRMED')) b
            ON true
        """
            .formatted(prefix, events));
  }

  long activeBookings(String prefix, long events) {
    return postgres.queryLong(
        """
        SELECT count(*) FROM event.bookings b
          JOIN generate_series(1, %2$d) g ON b.event_id = md5('%1$s' || g)::uuid
         WHERE b.status IN ('PENDING', 'CONFIRMED')
        """
            .formatted(prefix, events));
  }

  long available(String prefix, long events) {
    return postgres.queryLong(
        """
        SELECT coalesce(sum(e.available), 0) FROM event.events e
          JOIN generate_series(1, %2$d) g ON e.id = md5('%1$s' || g)::uuid
        """
            .formatted(prefix, events));
  }

  /** VACUUM ANALYZE, as autovacuum would have done by the time a real table got this big. */
  void vacuum() {
    postgres.execute("VACUUM ANALYZE event.events");
    postgres.execute("VACUUM ANALYZE event.bookings");
  }
}
