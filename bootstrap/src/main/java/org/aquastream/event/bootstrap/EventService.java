package org.aquastream.event.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import javax.sql.DataSource;
import org.aquastream.event.adapter.http.HttpApp;
import org.aquastream.event.adapter.http.RegisteredRoute;
import org.aquastream.event.adapter.postgres.JobScheduler;
import org.aquastream.event.adapter.postgres.PostgresMigrations;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.shared.TaskResults;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.db.ConnectionPool;
import org.aquastream.event.bootstrap.db.EmbeddedDatabase;
import org.aquastream.event.bootstrap.db.JdbcTarget;
import org.aquastream.event.bootstrap.db.ReplicaDatabase;
import org.aquastream.event.bootstrap.ops.MicrometerBusinessMetrics;
import org.aquastream.event.bootstrap.ops.Observability;
import org.aquastream.event.bootstrap.ops.Operations;
import org.aquastream.event.bootstrap.ops.RateLimiting;
import org.aquastream.event.bootstrap.ops.ReplicaHealth;
import org.aquastream.event.bootstrap.peers.Peers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: database (and the catalog's replica, when configured), migrations, use
 * cases, the job scheduler and the HTTP server, stopped in reverse (the scheduler before the pool
 * it uses).
 */
public final class EventService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventService.class);

  private final Deque<AutoCloseable> resources;
  private final HttpApp http;

  private EventService(Deque<AutoCloseable> resources, HttpApp http) {
    this.resources = resources;
    this.http = http;
  }

  /** Starts on the configured database, or on an embedded one when no URL is configured. */
  public static EventService start(AppConfig config) {
    return start(config, new StartupSteps());
  }

  static EventService start(AppConfig config, StartupSteps steps) {
    Deque<AutoCloseable> resources = new ArrayDeque<>();
    try {
      JdbcTarget target;
      if (config.database().isEmbedded()) {
        EmbeddedDatabase embedded = EmbeddedDatabase.start(config.database().embedded());
        resources.push(embedded);
        target = embedded.target();
        steps.done("embedded PostgreSQL");
      } else {
        AppConfig.Database db = config.database();
        target = JdbcTarget.parse(db.url(), db.username(), db.password());
      }
      HikariDataSource pool =
          ConnectionPool.open(target, config.database().pool(), config.app().name());
      resources.push(pool);
      return start(config, pool, new SystemClock(), resources, steps);
    } catch (RuntimeException e) {
      closeAll(resources);
      throw e;
    }
  }

  /** Starts on a data source the caller owns and closes, with the given clock (tests). */
  public static EventService start(AppConfig config, DataSource dataSource, Clock clock) {
    return start(config, dataSource, clock, new ArrayDeque<>(), new StartupSteps());
  }

  private static EventService start(
      AppConfig config,
      DataSource dataSource,
      Clock clock,
      Deque<AutoCloseable> resources,
      StartupSteps steps) {
    // Flyway validates or migrates on a thread of its own while the main thread loads and wires the
    // rest: each spends most of its time loading classes, and the two cores do that side by side.
    // Nothing below reads a table before the migrations are awaited, before the server starts.
    FutureTask<Integer> migrations = new FutureTask<>(() -> PostgresMigrations.migrate(dataSource));
    Thread.ofPlatform().name("migrations").start(migrations);
    try {
      Observability observability = new Observability(config.app().name());
      resources.push(observability);
      observability.watchPool(dataSource);
      RateLimiting rateLimiting = RateLimiting.create(config.app().rateLimit(), dataSource);
      resources.push(rateLimiting);
      Peers peers = new Peers(config.services(), clock, observability.registry());
      resources.push(peers);
      Operations operations = new Operations(config, dataSource, observability, rateLimiting);
      peers.health().forEach(operations::withHealthOf);
      Optional<ReplicaDatabase> replica = Optional.empty();
      if (config.database().replica().isConfigured()) {
        ReplicaDatabase opened =
            ReplicaDatabase.open(config.database(), dataSource, clock, config.app().name());
        resources.push(opened);
        observability.watchPool(opened.dataSource());
        observability.watchReplica(opened.monitor());
        operations.withHealthOf(new ReplicaHealth(opened));
        replica = Optional.of(opened);
      }
      steps.done("operations and peers");
      CompositionRoot root =
          new CompositionRoot(
              config,
              dataSource,
              replica,
              clock,
              operations,
              new MicrometerBusinessMetrics(observability.registry()),
              peers);
      HttpApp http = root.httpApp();
      JobScheduler scheduler = root.jobScheduler();
      resources.push(scheduler);
      steps.done("use cases, routes and jobs");
      int applied = TaskResults.await(migrations);
      LOG.info("Database schema event is up to date ({} migrations applied now)", applied);
      steps.done("migrations (the rest of)");
      http.start(config.server().port());
      resources.push(http::stop);
      steps.done("http");
      // After the server: registering the jobs is a few queries nobody waits for.
      if (config.app().event().jobs().enabled()) {
        scheduler.start();
        steps.done("scheduler");
      } else {
        LOG.info("Background jobs are disabled on this instance (app.event.jobs.enabled=false)");
      }
      return new EventService(resources, http);
    } catch (RuntimeException e) {
      // The migrations use the pool the caller closes next: let them end first.
      TaskResults.awaitAfter(migrations, e);
      closeAll(resources);
      throw e;
    }
  }

  public int port() {
    return http.port();
  }

  /** Every HTTP route the running server answers. */
  public List<RegisteredRoute> routes() {
    return http.routes();
  }

  /**
   * Stops taking requests, lets in-flight ones finish, stops the scheduler (running jobs finish),
   * then releases the database.
   */
  @Override
  public void close() {
    LOG.info("Shutting down");
    closeAll(resources);
  }

  private static void closeAll(Deque<AutoCloseable> resources) {
    while (!resources.isEmpty()) {
      AutoCloseable resource = resources.pop();
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("Could not close {}", resource, e);
      }
    }
  }
}
