package org.aquastream.event.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Startup to ready on the external PostgreSQL: the first start (which migrates the empty database)
 * and restarts (schema up to date) with the JVM's AOT cache the build trained and without it,
 * against a bare JVM starting from the same jar; and the resident memory right after a start.
 */
final class Startup {
  private static final String SCENARIO = "startup, external PostgreSQL";
  private static final String FLOOR = "bare JVM from the same jar, run and exit (median of 3)";
  private static final int RESTARTS = 5;

  private Startup() {}

  static void run(Run run) throws IOException, InterruptedException {
    List<Long> floors = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      floors.add(ServiceProcess.jvmFloorMillis(run.options.jar()));
    }
    long floor = median(floors);
    Optional<Path> cache = ServiceProcess.aotCache(run.options.jar());
    String as = cache.isPresent() ? ", with the AOT cache" : ", no AOT cache built";

    ServiceProcess first = run.startInstance(Map.of());
    long migrating = first.startupMillis();
    first.close();
    run.instances.clear();
    run.report.add(
        SCENARIO,
        "first start to ready (migrates an empty database)" + as,
        migrating + " ms",
        FLOOR,
        floor + " ms",
        Report.ratio(migrating, floor));

    Restarts without = restarts(run, Optional.empty(), "no-aot");
    if (cache.isPresent()) {
      Restarts with = restarts(run, cache, "aot");
      with.complaints().forEach(line -> run.report.note("AOT cache refused: " + line));
      report(run, "with the AOT cache", with, floor);
      report(run, "without the AOT cache", without, floor);
    } else {
      run.report.note(
          "no AOT cache beside the jar: scripts/bench builds one on JDK 25+ (docs/adr/0030)");
      report(run, "no AOT cache built", without, floor);
    }
    // Instance 1 of the scenarios that follow, started as users start it.
    run.startInstance(Map.of());
  }

  /** The median restart time and resident memory of {@link #RESTARTS} restarts. */
  private record Restarts(long millis, double rssMb, List<String> complaints) {}

  private static Restarts restarts(Run run, Optional<Path> cache, String name)
      throws IOException, InterruptedException {
    List<Long> millis = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    List<String> complaints = new ArrayList<>();
    for (int i = 1; i <= RESTARTS; i++) {
      Path log = run.options.workDir().resolve("startup-" + name + "-" + i + ".log");
      try (ServiceProcess instance =
          ServiceProcess.start(run.options.jar(), cache, run.postgres, log, Map.of())) {
        millis.add(instance.startupMillis());
        rss.add(instance.rssMb());
        complaints.addAll(instance.aotComplaints());
      }
    }
    return new Restarts(median(millis), median(rss), complaints);
  }

  private static void report(Run run, String as, Restarts restarts, long floor) {
    String median = " (median of " + RESTARTS + ")";
    run.report.add(
        SCENARIO,
        "restart to ready (schema up to date), " + as + median,
        restarts.millis() + " ms",
        FLOOR,
        floor + " ms",
        Report.ratio(restarts.millis(), floor));
    memory(run, "RSS right after start, " + as + median, restarts.rssMb());
  }

  private static void memory(Run run, String figure, double rssMb) {
    run.report.add(
        "memory",
        figure,
        String.format("%.0f MB", rssMb),
        "container limit (compose.yaml)",
        "768 MB",
        Report.ratio(rssMb, 768));
  }

  private static <T extends Comparable<T>> T median(List<T> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  /** The peak resident memory of the first instance after every load of the run. */
  static void peakMemory(Run run) {
    memory(run, "peak RSS of instance 1 after all load (VmHWM)", run.first().peakRssMb());
  }
}
