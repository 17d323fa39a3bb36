package org.aquastream.event.bootstrap.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.aquastream.event.adapter.http.ops.Health;
import org.aquastream.event.adapter.http.ops.HealthIndicator;
import org.aquastream.event.adapter.http.ops.HealthProbe;

/**
 * {@code db}: a pooled connection that answers {@link Connection#isValid}, with the pool's numbers.
 * Decides readiness only: a database outage makes the instance unready, not dead.
 */
public final class DatabaseHealth implements HealthIndicator {
  private final DataSource dataSource;
  private final int validationTimeoutSeconds;

  public DatabaseHealth(DataSource dataSource, Duration validationTimeout) {
    this.dataSource = dataSource;
    this.validationTimeoutSeconds = (int) Math.max(1, validationTimeout.toSeconds());
  }

  @Override
  public String name() {
    return "db";
  }

  @Override
  public Health check() {
    Map<String, Object> details = new LinkedHashMap<>();
    boolean valid;
    try (Connection connection = dataSource.getConnection()) {
      details.put("database", connection.getMetaData().getDatabaseProductName());
      details.put("validationQuery", "isValid()");
      valid = connection.isValid(validationTimeoutSeconds);
    } catch (SQLException e) {
      details.put("error", e.getClass().getName() + ": " + e.getMessage());
      valid = false;
    }
    poolOf(dataSource).ifPresent(pool -> details.put("pool", pool));
    return valid ? Health.up(details) : Health.down(details);
  }

  /** A HikariCP pool's name and numbers; empty for any other data source. */
  static java.util.Optional<Map<String, Object>> poolOf(DataSource dataSource) {
    if (!(dataSource instanceof HikariDataSource hikari)) {
      return java.util.Optional.empty();
    }
    HikariPoolMXBean bean = hikari.getHikariPoolMXBean();
    if (bean == null) {
      return java.util.Optional.empty();
    }
    Map<String, Object> pool = new LinkedHashMap<>();
    pool.put("name", hikari.getPoolName());
    pool.put("active", bean.getActiveConnections());
    pool.put("idle", bean.getIdleConnections());
    pool.put("total", bean.getTotalConnections());
    pool.put("waiting", bean.getThreadsAwaitingConnection());
    pool.put("max", hikari.getMaximumPoolSize());
    return java.util.Optional.of(pool);
  }

  @Override
  public Set<HealthProbe> probes() {
    return Set.of(HealthProbe.READINESS);
  }
}
