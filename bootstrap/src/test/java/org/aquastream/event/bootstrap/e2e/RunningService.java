package org.aquastream.event.bootstrap.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.bootstrap.EventService;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.config.ConfigLoader;

/**
 * The whole service, wired as {@code Main} wires it, on a fresh database of the shared embedded
 * PostgreSQL, listening on a free port, with a clock the test moves.
 */
final class RunningService implements AutoCloseable {
  final TestDatabase database;
  final MutableClock clock;
  final EventService service;
  final Api api;

  private RunningService(TestDatabase database, MutableClock clock, EventService service) {
    this.database = database;
    this.clock = clock;
    this.service = service;
    this.api = new Api(service.port());
  }

  static RunningService start() {
    return start(Map.of());
  }

  /**
   * Starts with the dev profile plus {@code environment} overrides. Background jobs are off unless
   * the test turns them on ({@code APP_EVENT_JOBS_ENABLED=true}); tests run them on demand.
   */
  static RunningService start(Map<String, String> environment) {
    return start(TestDatabase.fresh(), environment);
  }

  /** Starts on {@code database}, which the service closes with itself. */
  static RunningService start(TestDatabase database, Map<String, String> environment) {
    MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    return new RunningService(
        database, clock, EventService.start(config(environment), database.dataSource(), clock));
  }

  /** A second instance of the same service on this one's database and clock. */
  EventService anotherInstance(Map<String, String> environment) {
    return EventService.start(config(environment), database.dataSource(), clock);
  }

  private static AppConfig config(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    env.putIfAbsent("SERVER_PORT", "0");
    env.putIfAbsent("APP_EVENT_JOBS_ENABLED", "false");
    return new ConfigLoader(env).load();
  }

  /** The first column of the first row of a query, as a long. */
  long count(String sql, Object... parameters) {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    service.close();
    database.close();
  }
}
