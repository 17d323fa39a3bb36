package org.aquastream.event.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.aquastream.event.adapter.postgres.PostgresMigrations;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.config.ConfigLoader;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

/**
 * The migrations run beside the wiring at start-up, yet a database they cannot bring up to date
 * still stops the start with Flyway's own reason, before the server takes a request.
 */
class MigrationsAtStartupTest {

  @Test
  void anAlteredMigrationStopsTheStartWithFlywaysReasonAndNoServerListens() throws Exception {
    int port = freePort();
    AppConfig config = new ConfigLoader(Map.of("SERVER_PORT", Integer.toString(port))).load();
    try (TestDatabase database = TestDatabase.fresh()) {
      PostgresMigrations.migrate(database.dataSource());
      alterTheChecksumOfTheFirstMigration(database);

      assertThatThrownBy(
              () -> EventService.start(config, database.dataSource(), new MutableClock(now())))
          .isInstanceOf(FlywayValidateException.class)
          .hasMessageContaining("checksum mismatch");
      assertThat(isListening(port)).isFalse();
    }
  }

  @Test
  void aStartOnAMigratedDatabaseListensOnlyOnceTheSchemaIsUpToDate() {
    try (TestDatabase database = TestDatabase.fresh();
        EventService service =
            EventService.start(
                new ConfigLoader(Map.of("SERVER_PORT", "0")).load(),
                database.dataSource(),
                new MutableClock(now()))) {
      assertThat(service.port()).isPositive();
      assertThat(PostgresMigrations.migrate(database.dataSource())).isZero();
    }
  }

  private static void alterTheChecksumOfTheFirstMigration(TestDatabase database)
      throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE event.flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
    }
  }

  private static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
