package org.aquastream.event.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.domain.event.EventId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** A database that cannot be reached is reported as an unavailable dependency, worth a retry. */
class DatabaseUnavailableTest {

  @Test
  void aReadFromADatabaseNobodyListensForIsReportedUnavailable() throws IOException {
    PostgresPersistence persistence = new PostgresPersistence(closedPort());

    assertUnavailable(() -> persistence.events().findById(EventId.newId()));
  }

  @Test
  void aUnitOfWorkOnADatabaseNobodyListensForIsReportedUnavailable() throws IOException {
    PostgresPersistence persistence = new PostgresPersistence(closedPort());

    assertUnavailable(() -> persistence.unitOfWork().inTransaction(() -> "never runs"));
  }

  @Test
  void aPoolThatCannotConnectIsReportedUnavailable() throws IOException {
    PGSimpleDataSource target = closedPort();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(target.getUrl());
    config.setConnectionTimeout(250);
    config.setInitializationFailTimeout(-1);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      PostgresPersistence persistence = new PostgresPersistence(pool);

      assertUnavailable(() -> persistence.bookings().lockActiveByEvent(EventId.newId()));
    }
  }

  @Test
  void aPoolWithEveryConnectionBusyIsReportedUnavailable() throws Exception {
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try (TestDatabase db = TestDatabase.fresh();
        HikariDataSource pool = singleConnectionPool(db)) {
      PostgresPersistence persistence = new PostgresPersistence(pool);
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Future<String> holder =
          threads.submit(
              () ->
                  persistence
                      .unitOfWork()
                      .inTransaction(
                          () -> {
                            holding.countDown();
                            awaitUninterruptibly(release);
                            return "held";
                          }));
      holding.await();

      assertUnavailable(() -> persistence.events().findById(EventId.newId()));

      release.countDown();
      assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo("held");
      assertThat(persistence.events().findById(EventId.newId())).isEmpty();
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aTransactionWhoseSessionPostgresEndsIsReportedUnavailable() {
    try (TestDatabase db = TestDatabase.fresh()) {
      Database database = new Database(db.dataSource());
      PostgresPersistence persistence = new PostgresPersistence(database);

      assertUnavailable(
          () ->
              persistence
                  .unitOfWork()
                  .inTransaction(
                      () -> {
                        int session =
                            database.withHandle(
                                h ->
                                    h.createQuery("SELECT pg_backend_pid()")
                                        .mapTo(Integer.class)
                                        .one());
                        // What a restart does to every open session: 57P01, admin shutdown.
                        terminate(db, session);
                        return persistence.events().findById(EventId.newId());
                      }));
      assertThat(persistence.events().findById(EventId.newId()))
          .as("the pool has replaced the broken connection")
          .isEmpty();
    }
  }

  @Test
  void aFailingStatementIsNotMistakenForAnOutage() {
    try (TestDatabase db = TestDatabase.fresh()) {
      Database database = new Database(db.dataSource());

      assertThatThrownBy(() -> database.withHandle(h -> h.execute("SELECT * FROM no_such_table")))
          .isNotInstanceOf(DependencyUnavailableException.class)
          .satisfies(e -> assertThat(Database.sqlState(e)).isEqualTo("42P01"));
    }
  }

  private static void assertUnavailable(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DependencyUnavailableException.class,
            e -> {
              assertThat(e.dependency()).isEqualTo("database");
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
            });
  }

  /** A data source aimed at a local port that was just free, so the connection is refused. */
  private static PGSimpleDataSource closedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"localhost"});
    dataSource.setPortNumbers(new int[] {port});
    dataSource.setDatabaseName("event");
    dataSource.setUser("event");
    dataSource.setConnectTimeout(1);
    return dataSource;
  }

  private static void terminate(TestDatabase db, int session) {
    try (var connection = db.dataSource().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("SELECT pg_terminate_backend(" + session + ")");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HikariDataSource singleConnectionPool(TestDatabase db) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(1);
    config.setConnectionTimeout(250);
    return new HikariDataSource(config);
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
