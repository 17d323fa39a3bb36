package org.aquastream.event.adapter.postgres.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.aquastream.event.adapter.postgres.PostgresMigrations;

/**
 * A migrated, empty PostgreSQL database of its own for one test class. All of them live in one
 * embedded PostgreSQL per test JVM and are copied from a template migrated once, so a fresh one
 * costs a {@code CREATE DATABASE}, not a migration.
 *
 * @param dataSource a small HikariCP pool on this database
 * @param jdbcUrl where to connect to start another pool or the whole application
 */
public record TestDatabase(DataSource dataSource, String jdbcUrl, String user, String password)
    implements AutoCloseable {
  private static final String USER = "postgres";
  private static final String PASSWORD = "postgres";
  private static final String TEMPLATE = "event_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** A new database with every migration applied and no rows. */
  public static TestDatabase fresh() {
    String name = "event_test_" + COUNTER.incrementAndGet();
    EmbeddedPostgres postgres = Server.INSTANCE.postgres;
    // Copying a template refuses to run while anyone is connected to it; copy one at a time.
    synchronized (Server.INSTANCE) {
      execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    }
    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    return new TestDatabase(pool(url, name), url, USER, PASSWORD);
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

  private static HikariDataSource pool(String url, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(USER);
    config.setPassword(PASSWORD);
    config.setPoolName(name);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    // Enough for the race tests; connections beyond the first close when idle.
    config.setMaximumPoolSize(16);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database statement failed: " + sql, e);
    }
  }

  /**
   * The embedded server of this JVM, started on first use; zonky's shutdown hook stops it and
   * deletes its data directory at JVM exit.
   */
  private static final class Server {
    static final Server INSTANCE = new Server();

    final EmbeddedPostgres postgres;

    private Server() {
      try {
        postgres =
            EmbeddedPostgres.builder()
                // Unicode case mapping for ILIKE whatever the machine's locale (PostgreSQL 17+).
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                // Deadlock tests should not wait the default second for detection.
                .setServerConfig("deadlock_timeout", "100ms")
                // Throw-away data: durability only costs time.
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE);
      PostgresMigrations.migrate(postgres.getDatabase(USER, TEMPLATE));
    }
  }
}
