package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.aquastream.event.bootstrap.EventService;
import org.aquastream.event.bootstrap.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/**
 * Three instances of the service, each with its own connection pool, on one database, as behind the
 * gateway: thousands of booking attempts for far fewer seats, spread over the instances, some users
 * trying twice at once on different instances. Exactly the capacity is sold, to distinct users, and
 * every refusal is a 409 that says why.
 */
class ThreeInstancesRaceTest {
  private static final int CLIENTS = 64;

  /** About half a minute on two cores, so part of every build. */
  @Test
  void tenThousandAttemptsOnOneThousandSeatsThroughThreeInstancesSellExactlyOneThousand()
      throws Exception {
    raceThroughThreeInstances(10_000, 1_000);
  }

  private static void raceThroughThreeInstances(int attempts, int seats) throws Exception {
    try (RunningService first = RunningService.start();
        Instance second = Instance.on(first);
        Instance third = Instance.on(first)) {
      List<Api> instances =
          List.of(first.api, new Api(second.service.port()), new Api(third.service.port()));
      Scenario scenario = new Scenario(first);
      String event = scenario.publishedEvent(scenario.organizer(), seats);
      List<Caller> attemptsBy = attempts(attempts);
      ConcurrentLinkedQueue<Api.Reply> replies = new ConcurrentLinkedQueue<>();
      AtomicInteger next = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);

      try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          running.add(
              clients.submit(
                  () -> {
                    go.await();
                    for (int i = next.getAndIncrement();
                        i < attemptsBy.size();
                        i = next.getAndIncrement()) {
                      Api instance = instances.get(i % instances.size());
                      replies.add(
                          instance
                              .as(attemptsBy.get(i))
                              .post("/api/v1/bookings", Map.of("eventId", event)));
                    }
                    return null;
                  }));
        }
        go.countDown();
        for (Future<?> client : running) {
          client.get();
        }
      }

      assertThat(replies).hasSize(attempts);
      List<Api.Reply> sold = replies.stream().filter(r -> r.status() == 201).toList();
      assertThat(sold).hasSize(seats);
      assertThat(sold.stream().map(r -> r.text("userId")).distinct()).hasSize(seats);
      assertThat(replies)
          .filteredOn(r -> r.status() != 201)
          .allSatisfy(
              r -> {
                assertThat(r.status()).as(r.body().toString()).isEqualTo(409);
                assertThat(r.text("code")).isIn("event-full", "booking-exists");
              });
      UUID id = UUID.fromString(event);
      assertThat(first.count("SELECT available FROM event.events WHERE id = ?", id)).isZero();
      assertThat(
              first.count(
                  "SELECT count(*) FROM event.bookings WHERE event_id = ?"
                      + " AND status IN ('PENDING', 'CONFIRMED')",
                  id))
          .isEqualTo(seats);
      assertThat(
              first.count(
                  "SELECT count(DISTINCT user_id) FROM event.bookings WHERE event_id = ?", id))
          .isEqualTo(seats);
      assertThat(
              first.count(
                  "SELECT count(*) FROM event.booking_logs l JOIN event.bookings b"
                      + " ON b.id = l.booking_id WHERE b.event_id = ? AND l.action = 'CREATED'",
                  id))
          .isEqualTo(seats);
      Seats.assertInvariant(first, event);
    }
  }

  /**
   * {@code count} attempts in random order: one in ten comes from a user who tries twice, so that
   * the same user races on two instances.
   */
  private static List<Caller> attempts(int count) {
    List<Caller> callers = new ArrayList<>(count);
    while (callers.size() < count) {
      Caller user = Caller.user();
      callers.add(user);
      if (callers.size() % 10 == 0 && callers.size() < count) {
        callers.add(user);
      }
    }
    Collections.shuffle(callers);
    return callers;
  }

  /** Another instance of the service with a pool of its own on the first one's database. */
  private record Instance(HikariDataSource pool, EventService service) implements AutoCloseable {
    static Instance on(RunningService first) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(first.database.jdbcUrl());
      config.setUsername(first.database.user());
      config.setPassword(first.database.password());
      config.setMaximumPoolSize(10);
      HikariDataSource pool = new HikariDataSource(config);
      Map<String, String> env = Map.of("SERVER_PORT", "0", "APP_EVENT_JOBS_ENABLED", "false");
      return new Instance(
          pool, EventService.start(new ConfigLoader(env).load(), pool, first.clock));
    }

    @Override
    public void close() {
      service.close();
      pool.close();
    }
  }
}
