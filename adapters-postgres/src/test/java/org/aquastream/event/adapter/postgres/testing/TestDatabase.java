package org.aquastream.event.adapter.postgres.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A migrated, empty PostgreSQL database of its own for one test class. All of them live in one
 * embedded PostgreSQL per test JVM ({@link TestServer}) and are copied from a template migrated
 * once, so a fresh one costs a {@code CREATE DATABASE}, not a migration.
 *
 * @param dataSource a small HikariCP pool on this database
 * @param jdbcUrl where to connect to start another pool or the whole application
 */
public record TestDatabase(DataSource dataSource, String jdbcUrl, String user, String password)
    implements AutoCloseable {

  /** A new database with every migration applied and no rows. */
  public static TestDatabase fresh() {
    return Shared.SERVER.fresh();
  }

  /** Deletes every row of every table in the {@code event} schema, keeping the migrations. */
  public void truncateAll() {
    execute(
        dataSource,
        """
        DO $$
        DECLARE tables text;
        BEGIN
          SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
            FROM pg_tables
           WHERE schemaname = 'event' AND tablename <> 'flyway_schema_history';
          EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE';
        END $$
        """);
  }

  /** Closes the pool; the database itself goes away with the embedded server. */
  @Override
  public void close() {
    ((HikariDataSource) dataSource).close();
  }

  /** The database at {@code url}, through a pool of its own named {@code name}. */
  static TestDatabase on(String url, String name) {
    return on(url, name, Duration.ofSeconds(30));
  }

  /**
   * As {@link #on(String, String)}, waiting at most {@code connectionTimeout} for a connection
   * (HikariCP's default is 30 s; a stopped server's tests need to learn it sooner).
   */
  static TestDatabase on(String url, String name, Duration connectionTimeout) {
    HikariConfig config = new HikariConfig();
    config.setConnectionTimeout(connectionTimeout.toMillis());
    config.setJdbcUrl(url);
    config.setUsername(TestServer.USER);
    config.setPassword(TestServer.PASSWORD);
    config.setPoolName(name);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    // Enough for the race tests; connections beyond the first close when idle.
    config.setMaximumPoolSize(16);
    config.setMinimumIdle(1);
    return new TestDatabase(
        new HikariDataSource(config), url, TestServer.USER, TestServer.PASSWORD);
  }

  static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database statement failed: " + sql, e);
    }
  }

  /** The embedded server of this JVM, started on first use. */
  private static final class Shared {
    static final TestServer SERVER = TestServer.start(Map.of());
  }
}
