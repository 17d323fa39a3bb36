package org.aquastream.event.bootstrap.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.aquastream.event.bootstrap.config.AppConfig;

/**
 * Builds the HikariCP pool, sized for PostgreSQL rather than for the number of requests, and tuned
 * to fail fast and heal by itself when PostgreSQL goes away (docs/adr/0020).
 */
public final class ConnectionPool {
  /** Longest a borrowed connection's liveness check may take; a dead one fails much sooner. */
  static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);

  /** Idle connections are checked this often, so that ones a restart killed are replaced early. */
  static final Duration KEEPALIVE = Duration.ofMinutes(1);

  /** How long opening a socket to PostgreSQL may take (pgjdbc's default is 10 s). */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  public static final String PRIMARY = "event-db";
  public static final String REPLICA = "event-replica";

  private ConnectionPool() {}

  /** The primary's pool, {@value #PRIMARY}. */
  public static HikariDataSource open(JdbcTarget target, AppConfig.Pool pool, String appName) {
    return open(PRIMARY, target, pool, appName);
  }

  /** A pool named {@code name}: its metrics and log lines carry the name. */
  public static HikariDataSource open(
      String name, JdbcTarget target, AppConfig.Pool pool, String appName) {
    HikariConfig config = config(target, pool, appName);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  static HikariConfig config(JdbcTarget target, AppConfig.Pool pool, String appName) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName(PRIMARY);
    hikari.setJdbcUrl(target.jdbcUrl());
    hikari.setUsername(target.username());
    hikari.setPassword(target.password());
    hikari.setMaximumPoolSize(pool.maximumPoolSize());
    hikari.setMinimumIdle(pool.minimumIdle());
    // A request waits this long for a connection, then answers 503 dependency-unavailable; during
    // an outage that is how long each request takes to learn it (application.yml: 5 s).
    hikari.setConnectionTimeout(pool.connectionTimeoutMs());
    hikari.setValidationTimeout(
        Math.max(250, Math.min(VALIDATION_TIMEOUT.toMillis(), pool.connectionTimeoutMs())));
    hikari.setIdleTimeout(pool.idleTimeoutMs());
    hikari.setMaxLifetime(pool.maxLifetimeMs());
    hikari.setKeepaliveTime(Math.min(KEEPALIVE.toMillis(), pool.maxLifetimeMs() / 2));
    hikari.setLeakDetectionThreshold(pool.leakDetectionThresholdMs());
    // Every transaction is READ COMMITTED (docs/adr/0002), whatever the server's default; set once
    // per connection here rather than asked for (a round trip) at every transaction.
    hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    hikari.addDataSourceProperty("ApplicationName", appName);
    // pgjdbc's own settings; a DATABASE_URL that names them wins.
    hikari.addDataSourceProperty("connectTimeout", Long.toString(CONNECT_TIMEOUT.toSeconds()));
    hikari.addDataSourceProperty("tcpKeepAlive", "true");
    // Start even when PostgreSQL is briefly away; requests answer 503 until it is back.
    hikari.setInitializationFailTimeout(-1);
    return hikari;
  }
}
