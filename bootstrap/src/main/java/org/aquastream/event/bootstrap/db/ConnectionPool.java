package org.aquastream.event.bootstrap.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.aquastream.event.bootstrap.config.AppConfig;

/** Builds the HikariCP pool, sized for PostgreSQL rather than for the number of requests. */
public final class ConnectionPool {
  private ConnectionPool() {}

  public static HikariDataSource open(JdbcTarget target, AppConfig.Pool pool, String appName) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("event-db");
    hikari.setJdbcUrl(target.jdbcUrl());
    hikari.setUsername(target.username());
    hikari.setPassword(target.password());
    hikari.setMaximumPoolSize(pool.maximumPoolSize());
    hikari.setMinimumIdle(pool.minimumIdle());
    hikari.setConnectionTimeout(pool.connectionTimeoutMs());
    hikari.setIdleTimeout(pool.idleTimeoutMs());
    hikari.setMaxLifetime(pool.maxLifetimeMs());
    hikari.setLeakDetectionThreshold(pool.leakDetectionThresholdMs());
    hikari.addDataSourceProperty("ApplicationName", appName);
    // Start even when PostgreSQL is briefly away; requests answer 503 until it is back.
    hikari.setInitializationFailTimeout(-1);
    return new HikariDataSource(hikari);
  }
}
