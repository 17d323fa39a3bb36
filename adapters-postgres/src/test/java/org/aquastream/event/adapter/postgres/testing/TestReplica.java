package org.aquastream.event.adapter.postgres.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A primary and its streaming replica for the tests that read from a replica: one pair per test
 * JVM, started on first use, apart from the shared {@link TestServer} so that the replica copies
 * and replays only these tests' databases. Tests that pause or stop the replica leave it running
 * and replaying when they end.
 */
public final class TestReplica {
  /** As the service's replica pool: a stopped replica is found out within a second. */
  private static final Duration REPLICA_CONNECTION_TIMEOUT = Duration.ofSeconds(1);

  private final TestServer primary;
  private final StandbyServer standby;

  private TestReplica(TestServer primary, StandbyServer standby) {
    this.primary = primary;
    this.standby = standby;
  }

  /** The pair of this JVM. */
  public static TestReplica shared() {
    return Shared.PAIR;
  }

  /** A new migrated database on the primary, already replayed on the replica. */
  public ReplicatedDatabase fresh() {
    TestDatabase onPrimary = primary.fresh();
    standby.awaitReplayOf(primary.admin());
    String name = onPrimary.jdbcUrl().substring(onPrimary.jdbcUrl().lastIndexOf('/') + 1);
    return new ReplicatedDatabase(
        onPrimary,
        TestDatabase.on(standby.jdbcUrl(name), name + "_replica", REPLICA_CONNECTION_TIMEOUT));
  }

  public StandbyServer standby() {
    return standby;
  }

  /** Waits until the replica has replayed everything written on the primary so far. */
  public void awaitReplay() {
    standby.awaitReplayOf(primary.admin());
  }

  /**
   * One test database on both servers.
   *
   * @param primary where the test and the service write
   * @param replica the same database on the replica (read-only)
   */
  public record ReplicatedDatabase(TestDatabase primary, TestDatabase replica)
      implements AutoCloseable {
    @Override
    public void close() {
      replica.close();
      primary.close();
    }
  }

  private static final class Shared {
    static final TestReplica PAIR = start();

    private static TestReplica start() {
      TestServer primary = TestServer.start(Map.of("max_wal_senders", "4"));
      Path dataDir;
      try {
        dataDir = Files.createTempDirectory("event-standby-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      StandbyServer standby =
          StandbyServer.of(primary.admin(), primary.port(), dataDir, UnaryOperator.identity());
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    standby.close();
                    deleteRecursively(dataDir);
                  }));
      return new TestReplica(primary, standby);
    }

    /**
     * Deletes the standby's directory once its server is gone: zonky's own shutdown hook may be
     * stopping it at the same moment, and the server writes files until it has stopped.
     */
    private static void deleteRecursively(Path dir) {
      Path pid = dir.resolve("postmaster.pid");
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (Files.exists(pid) && System.nanoTime() < deadline) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      try {
        Files.walkFileTree(
            dir,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                  throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult postVisitDirectory(Path directory, IOException e)
                  throws IOException {
                Files.deleteIfExists(directory);
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        // A temporary directory: the operating system clears it in the end.
      }
    }
  }
}
