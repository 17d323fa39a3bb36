package org.aquastream.event.adapter.postgres.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * A PostgreSQL server on a data directory and port of its own, which a test (or the benchmark)
 * stops and starts again on both, as an operator's restart or a crash-and-recover would.
 */
public final class RestartableServer implements AutoCloseable {
  /** A standby replays its WAL before it accepts connections: longer than zonky's 10 s. */
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final Path dataDir;
  private final int port;
  private final UnaryOperator<EmbeddedPostgres.Builder> settings;
  private EmbeddedPostgres server;

  private RestartableServer(
      Path dataDir, int port, UnaryOperator<EmbeddedPostgres.Builder> settings) {
    this.dataDir = dataDir;
    this.port = port;
    this.settings = settings;
  }

  /**
   * Starts a server on {@code dataDir} (initialised there when empty) and a free port; {@code
   * settings} adds server settings or output redirects to zonky's builder.
   */
  public static RestartableServer start(
      Path dataDir, UnaryOperator<EmbeddedPostgres.Builder> settings) {
    RestartableServer server = new RestartableServer(dataDir, freePort(), settings);
    server.start();
    return server;
  }

  /** Starts the server on the data directory and port it had before. */
  public void start() {
    try {
      server =
          settings
              .apply(
                  EmbeddedPostgres.builder()
                      .setDataDirectory(dataDir)
                      .setCleanDataDirectory(false)
                      .setPort(port)
                      .setPGStartupWait(STARTUP_WAIT))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
    }
  }

  /** Stops the server (pg_ctl stop -m fast: sessions end at once, committed data stays). */
  public void stop() {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not stop", e);
    } finally {
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return TestServer.jdbcUrl(port, database);
  }

  /** The superuser's connections to the running server's {@code postgres} database. */
  public DataSource admin() {
    return server.getPostgresDatabase();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
