package org.aquastream.event.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** The pool fails fast while PostgreSQL is away and replaces what a restart broke. */
class ConnectionPoolTest {
  private static final JdbcTarget TARGET =
      new JdbcTarget("jdbc:postgresql://db:5432/aquastream", "event", "secret");

  @Test
  void aRequestWaitsFiveSecondsForAConnectionByDefault() {
    HikariConfig config = ConnectionPool.config(TARGET, defaults().pool(), "backend-event");

    assertThat(config.getConnectionTimeout()).isEqualTo(5_000);
    assertThat(config.getValidationTimeout()).isEqualTo(2_000);
    assertThat(config.getInitializationFailTimeout()).as("starts without PostgreSQL").isEqualTo(-1);
  }

  @Test
  void idleConnectionsAreCheckedEveryMinuteAndSocketsOpenWithinFiveSeconds() {
    HikariConfig config = ConnectionPool.config(TARGET, defaults().pool(), "backend-event");

    assertThat(config.getKeepaliveTime()).isEqualTo(60_000);
    assertThat(config.getDataSourceProperties())
        .containsEntry("connectTimeout", "5")
        .containsEntry("tcpKeepAlive", "true")
        .containsEntry("ApplicationName", "backend-event");
  }

  @Test
  void everyConnectionIsReadCommittedWhateverTheServersDefault() {
    HikariConfig config = ConnectionPool.config(TARGET, defaults().pool(), "backend-event");

    assertThat(config.getTransactionIsolation()).isEqualTo("TRANSACTION_READ_COMMITTED");
  }

  @Test
  void aShortConnectionTimeoutShortensTheLivenessCheckToo() {
    AppConfig.Pool pool =
        new ConfigLoader(Map.of("DATABASE_POOL_CONNECTION_TIMEOUT_MS", "1000"))
            .load()
            .database()
            .pool();

    assertThat(ConnectionPool.config(TARGET, pool, "x").getValidationTimeout()).isEqualTo(1_000);
  }

  @Test
  void theReplicasPoolIsNamedApartAndGivesUpWithinASecond() {
    AppConfig.Pool pool = defaults().replica().pool();

    try (HikariDataSource replica =
        ConnectionPool.open(ConnectionPool.REPLICA, TARGET, pool, "x")) {
      assertThat(replica.getPoolName()).isEqualTo("event-replica");
      assertThat(replica.getConnectionTimeout()).isEqualTo(1_000);
      assertThat(replica.getInitializationFailTimeout()).isEqualTo(-1);
    }
  }

  private static AppConfig.Database defaults() {
    return new ConfigLoader(Map.of()).load().database();
  }
}
