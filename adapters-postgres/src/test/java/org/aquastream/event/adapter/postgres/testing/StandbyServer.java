package org.aquastream.event.adapter.postgres.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A hot standby streaming from a running PostgreSQL, made the way {@code pg_basebackup -R} makes
 * one, with the zonky binaries (which ship no pg_basebackup): a physical replication slot on the
 * primary, the low-level backup API around a copy of its data directory, then {@code
 * standby.signal} and {@code primary_conninfo}. zonky starts and stops the copy as it does any
 * server (as root too: it runs PostgreSQL in a user namespace of its own), so the standby can be
 * stopped and started again on the same port.
 */
public final class StandbyServer implements AutoCloseable {
  static final String SLOT = "standby";

  /** How long replay may take to pause or catch up. */
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** What a base backup leaves out (the backup documentation's list), and zonky's lock. */
  private static final Set<String> SKIPPED_FILES =
      Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

  private static final List<String> EMPTIED_DIRECTORIES =
      List.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  private final RestartableServer server;

  private StandbyServer(RestartableServer server) {
    this.server = server;
  }

  /**
   * Copies the primary that {@code primary} (a superuser's connections) reaches on {@code
   * primaryPort} into the empty {@code dataDir} and starts the copy as its standby; {@code
   * settings} adds server settings or output redirects to zonky's builder.
   */
  public static StandbyServer of(
      DataSource primary,
      int primaryPort,
      Path dataDir,
      UnaryOperator<EmbeddedPostgres.Builder> settings) {
    try {
      baseBackup(primary, dataDir);
      Files.writeString(dataDir.resolve("standby.signal"), "");
      Files.writeString(
          dataDir.resolve("postgresql.auto.conf"),
          """
          primary_conninfo = 'host=localhost port=%d user=postgres application_name=%s'
          primary_slot_name = '%s'
          """
              .formatted(primaryPort, SLOT, SLOT),
          StandardOpenOption.APPEND);
      // PostgreSQL refuses a data directory others may read.
      Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the primary into " + dataDir, e);
    }
    return new StandbyServer(RestartableServer.start(dataDir, settings));
  }

  /** Starts the standby on its data directory and port; it resumes streaming where it stopped. */
  public void start() {
    server.start();
  }

  /** Stops the standby (pg_ctl stop -m fast: its sessions end at once). */
  public void stop() {
    server.stop();
  }

  @Override
  public void close() {
    server.close();
  }

  public int port() {
    return server.port();
  }

  public String jdbcUrl(String database) {
    return server.jdbcUrl(database);
  }

  /** Stops applying the primary's changes (they still arrive) until {@link #resumeReplay()}. */
  public void pauseReplay() {
    execute("SELECT pg_wal_replay_pause()");
    waitFor("SELECT pg_get_wal_replay_pause_state() = 'paused'", "replay to pause");
  }

  public void resumeReplay() {
    execute("SELECT pg_wal_replay_resume()");
  }

  /**
   * Waits until the standby has replayed everything the primary had committed when called (its
   * insert position: zonky turns synchronous_commit off, so a commit may not be written yet).
   */
  public void awaitReplayOf(DataSource primary) {
    String inserted = queryText(primary, "SELECT pg_current_wal_insert_lsn()::text");
    waitFor(
        "SELECT pg_last_wal_replay_lsn() >= '" + inserted + "'::pg_lsn",
        "the standby to replay up to " + inserted);
  }

  private void execute(String sql) {
    queryText(server.admin(), sql);
  }

  private void waitFor(String condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!holds(condition)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("gave up waiting for " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
  }

  private boolean holds(String condition) {
    try (Connection connection = server.admin().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(condition)) {
      rows.next();
      return rows.getBoolean(1);
    } catch (SQLException e) {
      throw new IllegalStateException(condition, e);
    }
  }

  /**
   * The low-level backup API: a slot keeps the WAL the copy needs, {@code pg_backup_start} marks
   * where replay must begin, the files are copied while the primary runs (replay repairs what
   * changed meanwhile), and {@code pg_backup_stop} hands over the {@code backup_label}.
   */
  private static void baseBackup(DataSource primary, Path target) throws IOException {
    try (Connection connection = primary.getConnection();
        Statement statement = connection.createStatement()) {
      Path source = Path.of(queryText(statement, "SHOW data_directory"));
      statement.execute(
          "SELECT pg_create_physical_replication_slot('"
              + SLOT
              + "', true) WHERE NOT EXISTS (SELECT FROM pg_replication_slots WHERE slot_name = '"
              + SLOT
              + "')");
      statement.execute("SELECT pg_backup_start('" + SLOT + "', true)");
      copy(source, target);
      try (ResultSet rows =
          statement.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
        rows.next();
        Files.writeString(target.resolve("backup_label"), rows.getString("labelfile"));
        String tablespaces = rows.getString("spcmapfile");
        if (tablespaces != null && !tablespaces.isBlank()) {
          Files.writeString(target.resolve("tablespace_map"), tablespaces);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the base backup of the primary failed", e);
    }
  }

  private static void copy(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path relative = source.relativize(path);
        if (skipped(relative)) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        try {
          if (Files.isDirectory(path)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (NoSuchFileException e) {
          // Removed while we copied (a temporary file, a dropped relation): replay agrees.
        }
      }
    }
    Files.createDirectories(target.resolve("pg_wal").resolve("archive_status"));
  }

  private static boolean skipped(Path relative) {
    if (relative.getNameCount() == 0) {
      return false;
    }
    String first = relative.getName(0).toString();
    String last = relative.getFileName().toString();
    boolean insideEmptied = EMPTIED_DIRECTORIES.contains(first) && relative.getNameCount() > 1;
    return insideEmptied || SKIPPED_FILES.contains(last) || last.startsWith("pgsql_tmp");
  }

  private static String queryText(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      return queryText(statement, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static String queryText(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
