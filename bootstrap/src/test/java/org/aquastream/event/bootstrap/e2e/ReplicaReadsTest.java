package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aquastream.event.adapter.postgres.testing.StandbyServer;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.adapter.postgres.testing.TestReplica;
import org.aquastream.event.adapter.postgres.testing.TestReplica.ReplicatedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service with {@code database.replica.url} on a real streaming replica of its database. A
 * paused replay tells the servers apart: what was written after the pause is only on the primary.
 * The public catalog reads the replica; bookings and the workspace read the primary; a replica that
 * lags or stops is skipped, shown in {@code /actuator/health}, and costs no client an error.
 */
class ReplicaReadsTest {
  private static final Duration MAX_LAG = Duration.ofSeconds(5);
  private static final TestReplica PAIR = TestReplica.shared();

  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void closeEverything() throws Exception {
    for (AutoCloseable resource : opened.reversed()) {
      resource.close();
    }
  }

  @Test
  void theCatalogReadsTheReplicaWhileBookingsAndTheWorkspaceReadThePrimary() {
    RunningService running = withReplica();
    Scenario scenario = new Scenario(running);
    Caller owner = scenario.organizer();
    String before = scenario.publishedEvent(owner, 10);
    PAIR.awaitReplay();
    awaitReplica(running, "UP");
    assertThat(gauge(running, "aquastream.replica.in.use")).isEqualTo(1.0);

    StandbyServer standby = PAIR.standby();
    standby.pauseReplay();
    try {
      String after = scenario.publishedEvent(owner, 10);

      assertThat(catalog(running)).as("the replica's catalog").containsExactly(before);
      assertThat(guest(running, "/api/v1/events/" + after).status()).isEqualTo(404);
      assertThat(ids(running.api.as(owner).get("/api/v1/organizer/events").body()))
          .as("the workspace reads the primary")
          .containsExactlyInAnyOrder(before, after);
      Caller user = Caller.user();
      String booking = scenario.book(user, after);
      assertThat(running.api.as(user).get("/api/v1/bookings/" + booking).status())
          .as("a booking is visible at once")
          .isEqualTo(200);
      assertThat(ids(running.api.as(user).get("/api/v1/bookings").body())).containsExactly(booking);

      running.clock.advance(MAX_LAG.plusSeconds(1));
      JsonNode lagging = awaitReplica(running, "OUT_OF_SERVICE");
      assertThat(lagging.at("/details/state").asText()).isEqualTo("LAGGING");
      assertThat(lagging.at("/details/lag").asText()).isEqualTo("6000ms");
      assertThat(guest(running, "/actuator/health/readiness").status()).isEqualTo(200);
      assertThat(gauge(running, "aquastream.replica.in.use")).isZero();
      assertThat(gauge(running, "aquastream.replica.lag")).isGreaterThanOrEqualTo(6.0);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> assertThat(catalog(running)).containsExactlyInAnyOrder(before, after));
      assertThat(guest(running, "/api/v1/events/" + after).status()).isEqualTo(200);
    } finally {
      standby.resumeReplay();
    }
    PAIR.awaitReplay();
    JsonNode caughtUp = awaitReplica(running, "UP");
    assertThat(caughtUp.at("/details/state").asText()).isEqualTo("IN_USE");
    assertThat(caughtUp.at("/details/lag").asText()).isEqualTo("0ms");
  }

  @Test
  void aReplicaStoppedUnderLoadCostsNoClientAnErrorAndIsUsedAgainWhenBack() throws Exception {
    RunningService running = withReplica();
    Scenario scenario = new Scenario(running);
    String event = scenario.publishedEvent(scenario.organizer(), 10);
    PAIR.awaitReplay();
    awaitReplica(running, "UP");
    List<String> paths =
        List.of(
            "/api/v1/events?page=0&size=20",
            "/api/v1/events?size=20",
            "/api/v1/events/" + event,
            "/api/v1/organizers");
    ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    AtomicBoolean loading = new AtomicBoolean(true);
    StandbyServer standby = PAIR.standby();
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> running4 = new ArrayList<>();
      for (int client = 0; client < 4; client++) {
        String path = paths.get(client);
        running4.add(
            clients.submit(
                () -> {
                  while (loading.get()) {
                    statuses.add(guest(running, path).status());
                  }
                }));
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> statuses.size() >= 50);

      standby.stop();
      try {
        int atStop = statuses.size();
        JsonNode down = awaitReplica(running, "DOWN");
        assertThat(down.at("/details/state").asText()).isEqualTo("DOWN");
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses.size() >= atStop + 50);
        assertThat(guest(running, "/actuator/health/readiness").status()).isEqualTo(200);
      } finally {
        standby.start();
      }
      PAIR.awaitReplay();
      awaitReplica(running, "UP");
      int back = statuses.size();
      await().atMost(Duration.ofSeconds(30)).until(() -> statuses.size() >= back + 50);
      loading.set(false);
      for (Future<?> client : running4) {
        client.get();
      }
    }

    assertThat(statuses).hasSizeGreaterThan(150).containsOnly(200);
  }

  @Test
  void aServiceWhoseReplicaIsAwayStartsAndReadsThePrimary() {
    TestDatabase database = TestDatabase.fresh();
    Map<String, String> env = new HashMap<>(commonEnv());
    env.put("DATABASE_REPLICA_URL", "jdbc:postgresql://localhost:" + closedPort() + "/events");
    RunningService running = RunningService.start(database, env);
    opened.add(running);
    Scenario scenario = new Scenario(running);
    String event = scenario.publishedEvent(scenario.organizer(), 10);

    JsonNode replica = awaitReplica(running, "DOWN");

    assertThat(replica.at("/details/problem").asText()).startsWith("unreachable");
    assertThat(catalog(running)).containsExactly(event);
    assertThat(guest(running, "/actuator/health/readiness").status()).isEqualTo(200);
  }

  /** The service on a fresh database of the replicated pair, reading the catalog on the replica. */
  private RunningService withReplica() {
    ReplicatedDatabase db = PAIR.fresh();
    opened.add(db);
    Map<String, String> env = new HashMap<>(commonEnv());
    env.put("DATABASE_REPLICA_URL", db.replica().jdbcUrl());
    env.put("DATABASE_REPLICA_USERNAME", db.replica().user());
    env.put("DATABASE_REPLICA_PASSWORD", db.replica().password());
    RunningService running = RunningService.start(db.primary(), env);
    opened.add(running);
    return running;
  }

  private static Map<String, String> commonEnv() {
    return Map.of(
        "DATABASE_REPLICA_MAX_LAG", MAX_LAG.toSeconds() + "s",
        "DATABASE_REPLICA_CHECK_INTERVAL_MS", "100",
        // One test client is many users; the limits have tests of their own.
        "APP_RATE_LIMIT_ENABLED", "false");
  }

  /** Waits until the {@code replica} health component has {@code status}; returns it. */
  private static JsonNode awaitReplica(RunningService running, String status) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                running
                    .api
                    .as(Caller.admin())
                    .get("/actuator/health")
                    .body()
                    .at("/components/replica"),
            component -> component.path("status").asText().equals(status));
  }

  private static double gauge(RunningService running, String name) {
    return guest(running, "/actuator/metrics/" + name)
        .body()
        .at("/measurements/0/value")
        .asDouble();
  }

  private static Api.Reply guest(RunningService running, String path) {
    return running.api.as(Caller.guest()).get(path);
  }

  private static List<String> catalog(RunningService running) {
    Api.Reply page = guest(running, "/api/v1/events?page=0&size=20");
    assertThat(page.status()).isEqualTo(200);
    return ids(page.body());
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
