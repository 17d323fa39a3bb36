package org.aquastream.event.bootstrap.db;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.aquastream.event.adapter.postgres.ReplicaMonitor;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming replica of {@code database.replica.*}: a pool of its own, and its monitor checked
 * every {@code check-interval-ms} on a thread of its own, so that a routed read only reads the last
 * verdict (docs/adr/0029).
 */
public final class ReplicaDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaDatabase.class);

  private final AppConfig.Replica config;
  private final HikariDataSource pool;
  private final ReplicaMonitor monitor;
  private final ScheduledExecutorService checks;

  private ReplicaDatabase(
      AppConfig.Replica config,
      HikariDataSource pool,
      ReplicaMonitor monitor,
      ScheduledExecutorService checks) {
    this.config = config;
    this.pool = pool;
    this.monitor = monitor;
    this.checks = checks;
  }

  /**
   * Opens the replica named by {@code database.replica} beside {@code primary}; it starts even
   * while the replica is away (reads go to the primary until a check finds it).
   */
  public static ReplicaDatabase open(
      AppConfig.Database database, DataSource primary, Clock clock, String appName) {
    AppConfig.Replica config = database.replica();
    JdbcTarget target =
        JdbcTarget.parse(
            "database.replica.url",
            config.url(),
            config.username().isEmpty() ? database.username() : config.username(),
            config.password().isEmpty() ? database.password() : config.password());
    HikariDataSource pool =
        ConnectionPool.open(ConnectionPool.REPLICA, target, config.pool(), appName);
    ReplicaMonitor monitor = new ReplicaMonitor(primary, pool, config.lagBound(), clock);
    ScheduledExecutorService checks =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("replica-check").daemon().factory());
    checks.scheduleWithFixedDelay(
        monitor::check, 0, config.checkIntervalMs(), TimeUnit.MILLISECONDS);
    LOG.info(
        "Catalog reads go to the replica {} while it trails the primary by at most {}",
        config.maskedUrl(),
        config.maxLag());
    return new ReplicaDatabase(config, pool, monitor, checks);
  }

  public DataSource dataSource() {
    return pool;
  }

  public ReplicaMonitor monitor() {
    return monitor;
  }

  /** Where the replica is, without a password. */
  public String url() {
    return config.maskedUrl();
  }

  /** Stops the checks, then closes the pool. */
  @Override
  public void close() {
    checks.shutdownNow();
    try {
      checks.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pool.close();
  }
}
