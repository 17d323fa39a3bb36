package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.aquastream.event.adapter.postgres.PostgresMigrations;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook's backup and restore, for real: the service writes data, {@code
 * scripts/backup-event-schema.sh} dumps schema event, the schema is dropped, {@code
 * scripts/restore-event-schema.sh} brings it back with the same rows in every table.
 *
 * <p>pg_dump refuses servers of a newer major version. The service runs PostgreSQL 17; this
 * machine's Debian has only pg_dump 15 and no package of 17 that runs on its C library. So the test
 * runs the server whose major version matches the pg_dump it finds: 17 (the service's own binaries)
 * when a pg_dump 17 is found ({@code PG_BIN}, {@code /usr/lib/postgresql/17/bin}, PATH), else 15
 * (server binaries of the same zonky build, copied by Maven into target/backup-test).
 */
class BackupRestoreTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path PG15_JAR = Path.of("target/backup-test/postgres-15-linux-amd64.jar");

  private static Client client;
  private static EmbeddedPostgres server;
  private static RunningService running;

  /** A pg_dump/pg_restore pair and their major version. */
  private record Client(Path bin, int major) {}

  @BeforeAll
  static void start() throws IOException {
    client = findClient().orElse(null);
    assumeTrue(client != null, "no pg_dump 15 or 17 on this machine (set PG_BIN)");
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    if (client.major() == 15) {
      builder.setPgBinaryResolver(fromJar(PG15_JAR));
    }
    server = builder.start();
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(4);
    TestDatabase database =
        new TestDatabase(new HikariDataSource(pool), pool.getJdbcUrl(), "postgres", "");
    running = RunningService.start(database, Map.of());
  }

  @AfterAll
  static void stop() throws IOException {
    if (running != null) {
      running.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aDumpOfSchemaEventRestoresEveryRowAfterTheSchemaIsGone(@TempDir Path dir) throws Exception {
    Scenario scenario = new Scenario(running);
    Caller organizer = scenario.organizer();
    for (int e = 0; e < 3; e++) {
      String event = scenario.publishedEvent(organizer, 10);
      for (int b = 0; b < 4; b++) {
        scenario.book(Caller.user(), event);
      }
    }
    Map<String, Long> before = rowCounts();
    assertThat(before).containsEntry("bookings", 12L).containsEntry("events", 3L);
    Path dump = dir.resolve("nightly/event.dump");

    String backup = run("backup-event-schema.sh", dump.toString());
    execute("DROP SCHEMA event CASCADE");
    assertThat(rowCounts()).isEmpty();
    String restore = run("restore-event-schema.sh", dump.toString());

    assertThat(backup.strip()).isEqualTo(dump.toString());
    assertThat(restore).contains("Restored schema event");
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(PostgresMigrations.migrate(running.database.dataSource()))
        .as("Flyway's history came back with the tables")
        .isZero();
    assertThat(running.api.as(Caller.guest()).get("/api/v1/events").body().path("total").asInt())
        .isEqualTo(3);
  }

  @Test
  void aRestoreOfAMissingFileChangesNothing(@TempDir Path dir) throws Exception {
    Process process = script("restore-event-schema.sh", dir.resolve("none.dump").toString());

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(rowCounts()).isNotEmpty();
  }

  private static String run(String name, String file) throws Exception {
    Process process = script(name, file);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(name + ": " + err).isZero();
    return out;
  }

  private static Process script(String name, String file) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", ROOT.resolve("scripts").resolve(name).toString(), file);
    Map<String, String> env = builder.environment();
    env.put("PATH", client.bin() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("PGHOST", "localhost");
    env.put("PGPORT", Integer.toString(server.getPort()));
    env.put("PGUSER", "postgres");
    env.put("PGDATABASE", "postgres");
    env.remove("PG_DUMP");
    env.remove("PG_RESTORE");
    return builder.start();
  }

  /** Rows per table of schema event; empty when the schema is gone. */
  private static Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = running.database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT tablename FROM pg_tables WHERE schemaname = 'event' ORDER BY tablename")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM event." + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    }
    return counts;
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = running.database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Optional<Client> findClient() {
    List<Path> candidates = new ArrayList<>();
    String pgBin = System.getenv("PG_BIN");
    if (pgBin != null && !pgBin.isBlank()) {
      candidates.add(Path.of(pgBin));
    }
    candidates.add(Path.of("/usr/lib/postgresql/17/bin"));
    candidates.add(Path.of("/usr/lib/postgresql/15/bin"));
    Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .filter(p -> !p.isBlank())
        .map(Path::of)
        .forEach(candidates::add);
    for (Path bin : candidates) {
      if (Files.isExecutable(bin.resolve("pg_dump"))
          && Files.isExecutable(bin.resolve("pg_restore"))) {
        int major = major(bin.resolve("pg_dump"));
        if (major == 17 || (major == 15 && Files.isReadable(PG15_JAR))) {
          return Optional.of(new Client(bin, major));
        }
      }
    }
    return Optional.empty();
  }

  private static int major(Path pgDump) {
    try {
      Process process = new ProcessBuilder(pgDump.toString(), "--version").start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      Matcher m = Pattern.compile("\\) (\\d+)\\.").matcher(out);
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** zonky's resolver over a binaries jar: the {@code postgres-<os>-<arch>.txz} inside it. */
  private static PgBinaryResolver fromJar(Path jar) {
    return (system, architecture) -> {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        var entry =
            zip.getEntry(
                "postgres-"
                    + system.toLowerCase(java.util.Locale.ROOT)
                    + "-"
                    + architecture
                    + ".txz");
        if (entry == null) {
          throw new IOException("no PostgreSQL for " + system + "-" + architecture + " in " + jar);
        }
        return new ByteArrayInputStream(zip.getInputStream(entry).readAllBytes());
      }
    };
  }
}
