package org.aquastream.event.bench;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Booking under load. Hot event: every client books one event (each request a new user) until it is
 * sold out; spread: clients book random events of a thousand for a fixed time. Each is set against
 * pgbench running the booking's SQL (conditional decrement, booking row, audit row) with the same
 * number of clients, and followed by the oversell check.
 */
final class Bookings {
  private static final AtomicInteger SETS = new AtomicInteger();

  private Bookings() {}

  /** The transaction CreateBookingService commits, without anything around it. */
  static String bookingSql(String eventExpression) {
    return """
        BEGIN;
        UPDATE event.events SET available = available - 1, updated_at = now()
         WHERE id = %1$s AND available > 0;
        WITH u AS (SELECT gen_random_uuid() AS id),
             b AS (INSERT INTO event.bookings (id, event_id, user_id, status, amount, currency,
                       payment_status, expires_at, created_by, created_at, updated_at)
                   SELECT gen_random_uuid(), %1$s, u.id, 'PENDING', 0, 'RUB', 'NOT_REQUIRED',
                          now() + interval '30 minutes', u.id, now(), now() FROM u
                   RETURNING id, user_id)
        INSERT INTO event.booking_logs (booking_id, user_id, action, new_status, details)
        SELECT id, user_id, 'CREATED', 'PENDING', '{}' FROM b;
        END;
        """
        .formatted(eventExpression);
  }

  /** Hot event on the first {@code instances} instances; returns bookings/s. */
  static Load.Result hotEvent(Run run, int instances) throws Exception {
    int capacity = run.options.hotCapacity();
    String prefix = "bench-hot-" + SETS.incrementAndGet() + "-";
    run.data.events(prefix, 1, 1, capacity, capacity);
    String event = run.postgres.queryText("SELECT " + BenchData.id(prefix, 1));
    List<URI> bases = run.bases(instances);
    CpuMeter cpu = run.cpu(instances);
    Load.Result result =
        Load.untilDone(
            run.options.bookingClients(),
            capacity * 3L,
            client -> run.http.book(bases.get(client % bases.size()), event),
            status -> status == 201,
            status -> status == 409);
    CpuMeter.Usage usage = cpu.stop();
    Run.requireOnly("hot event", result, status -> status == 201 || status == 409);
    long oversold = run.data.oversold(prefix, 1);
    long active = run.data.activeBookings(prefix, 1);
    if (result.counted() != capacity || active != capacity || oversold != 0) {
      throw new IllegalStateException(
          "hot event: %d answered 201, %d active bookings, %d oversold for %d seats"
              .formatted(result.counted(), active, oversold, capacity));
    }
    run.report.note(
        "hot event, %d instance(s): %s answered 201 for %s seats, %s active bookings, 0 oversold; %s"
            .formatted(
                instances,
                Report.count(result.counted()),
                Report.count(capacity),
                Report.count(active),
                usage));
    return result;
  }

  /** pgbench booking one event until its seats are gone, {@code clients} connections. */
  static Pgbench.Result hotEventPgbench(Run run) throws Exception {
    int clients = run.options.bookingClients();
    int perClient = run.options.hotCapacity() / clients;
    String prefix = "bench-hot-pg-" + SETS.incrementAndGet() + "-";
    run.data.events(prefix, 1, 1, perClient * clients, perClient * clients);
    CpuMeter cpu = run.cpu(1);
    Pgbench.Result result =
        Pgbench.run(
            run.pgbench.orElseThrow(),
            run.postgres,
            run.options.workDir(),
            "hot",
            bookingSql(BenchData.id(prefix, 1)),
            clients,
            perClient,
            0);
    run.report.note(
        "pgbench hot event: %s transactions, %s left, %s oversold; %s"
            .formatted(
                Report.count(result.transactions()),
                Report.count(run.data.available(prefix, 1)),
                Report.count(run.data.oversold(prefix, 1)),
                cpu.stop()));
    return result;
  }

  /** Random events of a thousand for the measuring time, on the first {@code instances}. */
  static Load.Result spread(Run run, int instances) throws Exception {
    int events = run.options.spreadEvents();
    String prefix = "bench-spread-" + SETS.incrementAndGet() + "-";
    run.data.events(prefix, 1, events, run.options.spreadCapacity(), run.options.spreadCapacity());
    List<String> ids =
        List.of(
            run.postgres
                .queryText(
                    "SELECT string_agg(md5('%s' || g)::uuid::text, ',') FROM generate_series(1, %d) g"
                        .formatted(prefix, events))
                .split(","));
    List<URI> bases = run.bases(instances);
    CpuMeter cpu = run.cpu(instances);
    Load.Result result =
        Load.forDuration(
            run.options.bookingClients(),
            run.options.warmupMs(),
            run.options.measureMs(),
            client ->
                run.http.book(
                    bases.get(client % bases.size()),
                    ids.get(ThreadLocalRandom.current().nextInt(ids.size()))),
            status -> status == 201);
    CpuMeter.Usage usage = cpu.stop();
    Run.requireOnly("spread load", result, status -> status == 201);
    long oversold = run.data.oversold(prefix, events);
    if (oversold != 0) {
      throw new IllegalStateException("spread load oversold " + oversold + " seats");
    }
    run.report.note(
        "spread load, %d instance(s): %s bookings in the measured %.0f s (%s in all), 0 oversold; %s"
            .formatted(
                instances,
                Report.count(result.counted()),
                result.seconds(),
                Report.count(run.data.activeBookings(prefix, events)),
                usage));
    return result;
  }

  /** pgbench booking random events of a thousand for the measuring time. */
  static Pgbench.Result spreadPgbench(Run run) throws Exception {
    int events = run.options.spreadEvents();
    String prefix = "bench-spread-pg-" + SETS.incrementAndGet() + "-";
    run.data.events(prefix, 1, events, run.options.spreadCapacity(), run.options.spreadCapacity());
    String script =
        "\\set n random(1, " + events + ")\n" + bookingSql("md5('" + prefix + "' || :n)::uuid");
    CpuMeter cpu = run.cpu(1);
    Pgbench.Result result =
        Pgbench.run(
            run.pgbench.orElseThrow(),
            run.postgres,
            run.options.workDir(),
            "spread",
            script,
            run.options.bookingClients(),
            0,
            (int) (run.options.measureMs() / 1000));
    run.report.note(
        "pgbench spread: %s transactions, %s oversold; %s"
            .formatted(
                Report.count(result.transactions()),
                Report.count(run.data.oversold(prefix, events)),
                cpu.stop()));
    return result;
  }

  /** The hot-event and spread rows of one instance against pgbench. */
  static void againstPgbench(Run run) throws Exception {
    int clients = run.options.bookingClients();
    String pgbench = "pgbench, same SQL transaction, %d clients".formatted(clients);
    if (run.pgbench.isEmpty()) {
      run.report.note("pgbench not found (apt-get install postgresql-client): no SQL baseline");
    }
    String hot =
        "hot event, 1 instance, %d clients, %s seats"
            .formatted(clients, Report.count(run.options.hotCapacity()));
    Load.Result service = hotEvent(run, 1);
    Pgbench.Result sql = run.pgbench.isPresent() ? hotEventPgbench(run) : null;
    rows(run, hot, service, pgbench, sql);
    run.report.add(hot, "oversold", "0", "seats", Report.count(run.options.hotCapacity()), "0");

    String spread =
        "spread, 1 instance, %d clients, %s events"
            .formatted(clients, Report.count(run.options.spreadEvents()));
    Load.Result spreadService = spread(run, 1);
    Pgbench.Result spreadSql = run.pgbench.isPresent() ? spreadPgbench(run) : null;
    rows(run, spread, spreadService, pgbench, spreadSql);
  }

  /** Bookings/s and latencies of the service against pgbench's ({@code sql} null: none). */
  private static void rows(
      Run run, String scenario, Load.Result service, String pgbench, Pgbench.Result sql) {
    if (sql == null) {
      run.report.add(scenario, "bookings/s", Report.rate(service.perSecond()), pgbench, "n/a", "—");
      return;
    }
    run.report.add(
        scenario,
        "bookings/s",
        Report.rate(service.perSecond()),
        pgbench,
        Report.rate(sql.perSecond()),
        Report.ratio(service.perSecond(), sql.perSecond()));
    latencyRows(run, scenario, service, pgbench, sql);
  }

  private static void latencyRows(
      Run run, String scenario, Load.Result service, String pgbench, Pgbench.Result sql) {
    run.report.add(
        scenario,
        "p50 / p99 of a booking",
        Report.ms(service.percentileMs(50)) + " / " + Report.ms(service.percentileMs(99)),
        pgbench,
        Report.ms(sql.percentileMs(50)) + " / " + Report.ms(sql.percentileMs(99)),
        Report.ratio(service.percentileMs(50), sql.percentileMs(50))
            + " / "
            + Report.ratio(service.percentileMs(99), sql.percentileMs(99)));
  }
}
