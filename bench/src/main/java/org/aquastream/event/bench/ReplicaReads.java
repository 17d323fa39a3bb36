package org.aquastream.event.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.adapter.postgres.testing.StandbyServer;

/**
 * Catalog reads through a streaming replica against the same reads on the primary, on one instance
 * started with {@code DATABASE_REPLICA_URL}: a hot standby of the run's PostgreSQL (copied as
 * {@code pg_basebackup -R} copies), the first page and an event's page measured while the replica
 * serves them, then with the replica stopped (the same instance reads the primary), then with the
 * replica back. Every measured answer must be a 200 (ReplicaReadsTest stops a replica under load).
 * On one machine the replica shares the cores with the primary, the driver and the instances: the
 * row proves the path and its cost, not the capacity a replica on a machine of its own adds.
 */
final class ReplicaReads {
  private ReplicaReads() {}

  static void run(Run run) throws Exception {
    System.out.printf("%n== replica reads ==%n");
    Path dataDir = run.options.workDir().resolve("replica");
    Path log = run.options.workDir().resolve("replica.log");
    PostgresServer.deleteRecursively(dataDir);
    Files.createDirectories(dataDir);
    long copying = System.nanoTime();
    try (StandbyServer standby =
        StandbyServer.of(
            run.postgres.admin(),
            run.postgres.port(),
            dataDir,
            builder ->
                builder
                    .setServerConfig("shared_buffers", "512MB")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile())))) {
      standby.awaitReplayOf(run.postgres.admin());
      run.report.note(
          "replica reads: the standby of %s events was copied and caught up in %.0f s"
              .formatted(
                  Report.count(run.data.publishedEvents()), (System.nanoTime() - copying) / 1e9));
      // The primary's pool size, so that only the server differs.
      ServiceProcess instance =
          run.startInstance(
              Map.of(
                  "DATABASE_REPLICA_URL",
                  standby.jdbcUrl(PostgresServer.DATABASE),
                  "DATABASE_REPLICA_POOL_MAXIMUM_POOL_SIZE",
                  "15"));
      URI base = instance.base();
      List<String> paths =
          List.of("/api/v1/events?page=0&size=20", "/api/v1/events/" + run.template);
      awaitReplica(run, base, "UP");
      measure(run, base, paths); // warms this instance's JIT and the standby's buffers up
      // Replica, primary, replica again: the drift of a shared machine falls on both sides.
      List<Load.Result> before = measure(run, base, paths);
      standby.stop();
      awaitReplica(run, base, "DOWN");
      List<Load.Result> onPrimary = measure(run, base, paths);
      standby.start();
      standby.awaitReplayOf(run.postgres.admin());
      awaitReplica(run, base, "UP");
      measure(run, base, paths);
      List<Load.Result> after = measure(run, base, paths);
      awaitReplica(run, base, "UP"); // still in use after the measured reads
      for (int i = 0; i < paths.size(); i++) {
        row(run, paths.get(i), before.get(i), after.get(i), onPrimary.get(i));
      }
      instance.close();
    }
  }

  private static List<Load.Result> measure(Run run, URI base, List<String> paths) throws Exception {
    List<Load.Result> results = new ArrayList<>();
    for (String path : paths) {
      results.add(Catalog.measure(run, List.of(base), path));
    }
    return results;
  }

  /** The replica's two runs (before and after the primary's) averaged, beside the primary's. */
  private static void row(
      Run run, String path, Load.Result before, Load.Result after, Load.Result primary) {
    double perSecond = (before.perSecond() + after.perSecond()) / 2;
    double p95 = (before.percentileMs(95) + after.percentileMs(95)) / 2;
    run.report.add(
        "replica reads, "
            + Report.count(run.data.publishedEvents())
            + " events, "
            + run.options.catalogClients()
            + " clients",
        "GET " + path + " through the replica: req/s, p95 (mean of a run before and after)",
        Report.rate(perSecond) + ", " + Report.ms(p95),
        "the same instance on the primary (replica stopped)",
        Report.rate(primary.perSecond()) + ", " + Report.ms(primary.percentileMs(95)),
        Report.ratio(perSecond, primary.perSecond()));
    run.report.note(
        "replica reads, GET %s: through the replica %s then %s, on the primary in between %s"
            .formatted(
                path,
                Report.rate(before.perSecond()),
                Report.rate(after.perSecond()),
                Report.rate(primary.perSecond())));
  }

  /** Waits until the instance's {@code replica} health component has {@code status}. */
  private static void awaitReplica(Run run, URI base, String status)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    String seen = "";
    while (System.nanoTime() < deadline) {
      seen = run.http.health(base).at("/components/replica/status").asText();
      if (seen.equals(status)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the replica stayed " + seen + ", never " + status);
  }
}
