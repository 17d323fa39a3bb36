package org.aquastream.event.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Startup to healthy on the external PostgreSQL: the first start (which migrates the empty
 * database) and a restart (schema up to date), against a bare JVM starting from the same jar.
 */
final class Startup {
  private Startup() {}

  static void run(Run run) throws IOException, InterruptedException {
    List<Long> floors = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      floors.add(ServiceProcess.jvmFloorMillis(run.options.jar()));
    }
    long floor = floors.stream().sorted().toList().get(1);
    ServiceProcess first = run.startInstance(Map.of());
    long migrating = first.startupMillis();
    first.close();
    run.instances.clear();
    ServiceProcess again = run.startInstance(Map.of());
    String jvm = "bare JVM from the same jar, run and exit (median of 3)";
    run.report.add(
        "startup, external PostgreSQL",
        "first start to ready (migrates an empty database)",
        migrating + " ms",
        jvm,
        floor + " ms",
        Report.ratio(migrating, floor));
    run.report.add(
        "startup, external PostgreSQL",
        "restart to ready (schema up to date)",
        again.startupMillis() + " ms",
        jvm,
        floor + " ms",
        Report.ratio(again.startupMillis(), floor));
    run.report.add(
        "memory",
        "RSS right after start",
        String.format("%.0f MB", again.rssMb()),
        "container limit (compose.yaml)",
        "768 MB",
        Report.ratio(again.rssMb(), 768));
  }

  /** The peak resident memory of the first instance after every load of the run. */
  static void peakMemory(Run run) {
    double peak = run.first().peakRssMb();
    run.report.add(
        "memory",
        "peak RSS of instance 1 after all load (VmHWM)",
        String.format("%.0f MB", peak),
        "container limit (compose.yaml)",
        "768 MB",
        Report.ratio(peak, 768));
  }
}
