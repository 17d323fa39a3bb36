package org.aquastream.event.adapter.postgres.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.aquastream.event.adapter.postgres.PostgresMigrations;

/**
 * An embedded PostgreSQL for tests with a template database migrated once: a fresh database is a
 * copy of the template, so it costs a {@code CREATE DATABASE}, not a migration.
 */
public final class TestServer {
  static final String USER = "postgres";
  static final String PASSWORD = "postgres";
  private static final String TEMPLATE = "event_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final EmbeddedPostgres postgres;

  private TestServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts a server with the settings every test server has plus {@code settings}; zonky's shutdown
   * hook stops it and deletes its data directory at JVM exit.
   */
  static TestServer start(Map<String, String> settings) {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            // Unicode case mapping for ILIKE whatever the machine's locale (PostgreSQL 17+).
            .setLocaleConfig("locale-provider", "builtin")
            .setLocaleConfig("builtin-locale", "C.UTF-8")
            // Deadlock tests should not wait the default second for detection.
            .setServerConfig("deadlock_timeout", "100ms")
            // Throw-away data: durability only costs time.
            .setServerConfig("fsync", "off")
            .setServerConfig("full_page_writes", "off");
    settings.forEach(builder::setServerConfig);
    EmbeddedPostgres postgres;
    try {
      postgres = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
    TestDatabase.execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE);
    PostgresMigrations.migrate(postgres.getDatabase(USER, TEMPLATE));
    return new TestServer(postgres);
  }

  /** A new database with every migration applied and no rows. */
  public TestDatabase fresh() {
    String name = "event_test_" + COUNTER.incrementAndGet();
    // Copying a template refuses to run while anyone is connected to it; copy one at a time.
    synchronized (this) {
      TestDatabase.execute(admin(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    }
    return TestDatabase.on(jdbcUrl(port(), name), name);
  }

  public int port() {
    return postgres.getPort();
  }

  /** The superuser's connections to the {@code postgres} database. */
  public DataSource admin() {
    return postgres.getPostgresDatabase();
  }

  static String jdbcUrl(int port, String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }
}
