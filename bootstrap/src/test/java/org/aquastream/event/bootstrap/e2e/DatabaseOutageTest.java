package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aquastream.event.adapter.postgres.testing.RestartableServer;
import org.aquastream.event.bootstrap.EventService;
import org.aquastream.event.bootstrap.config.ConfigLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped and started again while users book and read, with the service started as an
 * operator starts it: an external server in {@code DATABASE_URL}, the service's own pool, shared
 * rate-limit buckets and the scheduler running. While the database is away every request is a 503
 * {@code dependency-unavailable} problem with {@code Retry-After} (never a 500, never a hang), the
 * service heals by itself within seconds of PostgreSQL's return, every booking it answered 201 is
 * there, and a client that retries a refused booking with its Idempotency-Key gets exactly one.
 */
class DatabaseOutageTest {
  private static final int CLIENTS = 6;
  private static final int CAPACITY = 100_000;

  @Test
  void duringAnOutageRequestsGet503AndAfterItTheServiceRecoversByItselfLosingNoBooking(
      @TempDir Path dataDir) throws Exception {
    survive(1, dataDir);
  }

  /** Minutes of restarts, so only with -Preliability. */
  @Test
  @Tag("reliability")
  void fiveRestartsInARowLoseNoBookingAndEachEndsWithinSeconds(@TempDir Path dataDir)
      throws Exception {
    survive(5, dataDir);
  }

  private static void survive(int outages, Path dataDir) throws Exception {
    try (RestartableServer postgres =
            RestartableServer.start(dataDir, DatabaseOutageTest::unicode);
        EventService service = EventService.start(new ConfigLoader(env(postgres)).load())) {
      Api api = new Api(service.port());
      String event = publishedEvent(api);
      Load load = new Load(api, event);
      try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
          running.add(clients.submit(load::run));
        }
        long up = 0;
        for (int outage = 0; outage < outages; outage++) {
          long since = up;
          await().atMost(Duration.ofSeconds(60)).until(() -> load.booked(since) >= 20);

          postgres.stop();
          long down = System.nanoTime();
          await().atMost(Duration.ofSeconds(60)).until(() -> load.unavailable(down) >= CLIENTS);
          Api.Reply readiness = api.as(Caller.guest()).get("/actuator/health/readiness");
          assertThat(readiness.status()).as("readiness while PostgreSQL is away").isEqualTo(503);

          postgres.start();
          long restarted = System.nanoTime();
          up = restarted;
          await().atMost(Duration.ofSeconds(60)).until(() -> load.booked(restarted) >= 1);
          assertThat(Duration.ofNanos(load.firstBookedAfter(restarted) - restarted))
              .as("first booking after PostgreSQL is back")
              .isLessThan(Duration.ofSeconds(15));
        }
        long last = up;
        await().atMost(Duration.ofSeconds(60)).until(() -> load.booked(last) >= 20);
        load.stop();
        for (Future<?> client : running) {
          client.get();
        }
      }

      assertThat(load.outcomes)
          .as("every request was answered: 2xx, 404, or 503 while PostgreSQL was away")
          .allSatisfy(o -> assertThat(o.status()).as(o.toString()).isIn(200, 201, 503));
      List<Outcome> refused = load.outcomes.stream().filter(o -> o.status() == 503).toList();
      assertThat(refused)
          .isNotEmpty()
          .allSatisfy(
              o -> {
                assertThat(o.contentType()).startsWith("application/problem+json");
                assertThat(o.code()).isEqualTo("dependency-unavailable");
                assertThat(o.retryAfter()).isNotBlank();
              });
      List<String> booked =
          load.outcomes.stream().filter(o -> o.status() == 201).map(Outcome::bookingId).toList();
      assertThat(
              count(
                  postgres, "SELECT count(*) FROM event.bookings WHERE id::text = ANY(?)", booked))
          .as("every booking answered 201 is stored")
          .isEqualTo(booked.size());

      // A client retries each refused booking with the key it used: it ends with one booking.
      List<Outcome> refusedBookings = refused.stream().filter(Outcome::isBooking).toList();
      for (Outcome attempt : refusedBookings) {
        Api.Reply retry =
            api.as(attempt.user())
                .header("Idempotency-Key", attempt.key())
                .post("/api/v1/bookings", Map.of("eventId", event));
        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(201);
      }
      List<String> retriedUsers =
          refusedBookings.stream().map(o -> o.user().id().toString()).toList();
      assertThat(
              count(
                  postgres,
                  "SELECT count(*) FROM event.bookings WHERE user_id::text = ANY(?)"
                      + " AND status IN ('PENDING', 'CONFIRMED')",
                  retriedUsers))
          .as("one booking per user who retried, however the refused attempt ended")
          .isEqualTo(retriedUsers.size());
      assertThat(
              count(
                  postgres,
                  "SELECT e.capacity - e.available - (SELECT count(*) FROM event.bookings b"
                      + " WHERE b.event_id = e.id AND b.status IN ('PENDING', 'CONFIRMED'))"
                      + " FROM event.events e WHERE e.id::text = ANY(?)",
                  List.of(event)))
          .as("seats taken = active bookings")
          .isZero();
      assertThat(api.as(Caller.guest()).get("/actuator/health/readiness").status()).isEqualTo(200);
    }
  }

  /** Unicode case mapping for ILIKE whatever the machine's locale, as the other test servers. */
  private static EmbeddedPostgres.Builder unicode(EmbeddedPostgres.Builder builder) {
    return builder
        .setLocaleConfig("locale-provider", "builtin")
        .setLocaleConfig("builtin-locale", "C.UTF-8");
  }

  private static Map<String, String> env(RestartableServer postgres) {
    Map<String, String> env = new HashMap<>();
    env.put("SERVER_PORT", "0");
    env.put("DATABASE_URL", postgres.jdbcUrl("postgres"));
    env.put("POSTGRES_USER", "postgres");
    env.put("POSTGRES_PASSWORD", "");
    env.put("APP_RATE_LIMIT_STORE", "postgres");
    env.put("APP_EVENT_JOBS_ENABLED", "true");
    env.put("APP_EVENT_JOBS_POLLING_INTERVAL_MS", "500");
    return env;
  }

  private static String publishedEvent(Api api) {
    Caller owner = Caller.organizer();
    Api.Reply organizer =
        api.as(Caller.admin())
            .post(
                "/api/v1/organizers",
                Map.of("slug", "outage-club", "name", "Outage Club", "ownerUserId", owner.id()));
    assertThat(organizer.status()).as(organizer.body().toString()).isEqualTo(201);
    Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> body = new HashMap<>();
    body.put("type", "DIVING");
    body.put("title", "Dive through an outage");
    body.put("dateStart", start.toString());
    body.put("dateEnd", start.plus(2, ChronoUnit.HOURS).toString());
    body.put("location", Map.of("city", "Sochi"));
    body.put("capacity", CAPACITY);
    Api.Reply created = api.as(owner).post("/api/v1/events", body);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    String id = created.text("id");
    assertThat(api.as(owner).post("/api/v1/events/" + id + "/publish", "").status()).isEqualTo(200);
    return id;
  }

  /** The first column of {@code sql}, whose one parameter is the text array {@code values}. */
  private static long count(RestartableServer postgres, String sql, List<String> values) {
    try (Connection connection =
            DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, connection.createArrayOf("text", values.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** What one request got, and when. */
  private record Outcome(
      long at,
      Caller user,
      String key,
      boolean isBooking,
      int status,
      String code,
      String contentType,
      String retryAfter,
      String bookingId) {}

  /** Users booking (each a new user with a key of their own) and reading the event, in turns. */
  private static final class Load {
    final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Api api;
    private final String event;
    private final AtomicBoolean stopped = new AtomicBoolean();

    Load(Api api, String event) {
      this.api = api;
      this.event = event;
    }

    Void run() {
      for (int turn = 0; !stopped.get(); turn++) {
        if (turn % 3 == 2) {
          read();
        } else {
          book();
        }
      }
      return null;
    }

    void stop() {
      stopped.set(true);
    }

    long booked(long after) {
      return outcomes.stream().filter(o -> o.status() == 201 && o.at() > after).count();
    }

    long unavailable(long after) {
      return outcomes.stream().filter(o -> o.status() == 503 && o.at() > after).count();
    }

    long firstBookedAfter(long after) {
      return outcomes.stream()
          .filter(o -> o.status() == 201 && o.at() > after)
          .mapToLong(Outcome::at)
          .min()
          .orElseThrow();
    }

    private void book() {
      Caller user = Caller.user();
      String key = UUID.randomUUID().toString();
      record(
          user,
          key,
          true,
          () ->
              api.as(user)
                  .header("Idempotency-Key", key)
                  .post("/api/v1/bookings", Map.of("eventId", event)));
    }

    private void read() {
      record(
          Caller.guest(), null, false, () -> api.as(Caller.guest()).get("/api/v1/events/" + event));
    }

    private void record(
        Caller user, String key, boolean booking, java.util.function.Supplier<Api.Reply> call) {
      Api.Reply reply;
      try {
        reply = call.get();
      } catch (UncheckedIOException e) {
        outcomes.add(
            new Outcome(System.nanoTime(), user, key, booking, -1, e.toString(), "", "", ""));
        return;
      }
      outcomes.add(
          new Outcome(
              System.nanoTime(),
              user,
              key,
              booking,
              reply.status(),
              reply.text("code"),
              reply.contentType(),
              reply.headers().firstValue("Retry-After").orElse(""),
              booking && reply.status() == 201 ? reply.text("id") : ""));
    }
  }
}
