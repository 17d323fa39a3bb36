package org.aquastream.event.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * PostgreSQL 17 (the zonky binaries the service embeds) started as a server process of its own, on
 * a fresh data directory, with durable commits as in production. The service reaches it as an
 * external database through {@code DATABASE_URL}; pgbench and the driver's own SQL reach it too.
 */
final class PostgresServer implements AutoCloseable {
  static final String DATABASE = "aquastream";
  static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  static PostgresServer start(Path dataDir, Path log) throws IOException {
    deleteRecursively(dataDir);
    Files.createDirectories(dataDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(true)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setLocaleConfig("locale-provider", "builtin")
            .setLocaleConfig("builtin-locale", "C.UTF-8")
            // Room for three instances' pools, pgbench and the driver.
            .setServerConfig("max_connections", "200")
            // The 1M-event catalog and the expiry tables stay in memory, as on a real server.
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("max_wal_size", "4GB")
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    PostgresServer server = new PostgresServer(postgres, dataDir);
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the bench database", e);
    }
    return server;
  }

  int port() {
    return postgres.getPort();
  }

  /** The superuser's connections to the {@code postgres} database. */
  DataSource admin() {
    return postgres.getPostgresDatabase();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, "");
  }

  void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  long queryLong(String sql) {
    return Long.parseLong(queryText(sql));
  }

  String queryText(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The postmaster's process id, from the first line of {@code postmaster.pid}. */
  long pid() {
    try {
      return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
