package org.aquastream.event.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one run measures and how long: the full run of docs/performance.md (about a quarter of an
 * hour on two cores) or {@code --quick}, a smaller smoke run of every scenario.
 */
record Options(
    boolean quick,
    Path jar,
    Path workDir,
    int bookingClients,
    int hotCapacity,
    int spreadEvents,
    int spreadCapacity,
    int catalogClients,
    List<Integer> catalogSizes,
    int expiryDue,
    int expiryNotDue,
    long warmupMs,
    long measureMs,
    Set<String> only) {

  /** The scenarios {@code --only} may name. */
  static final Set<String> SCENARIOS =
      Set.of("startup", "catalog", "bookings", "expiry", "scaling", "replica");

  /** Whether {@code scenario} runs: every one unless {@code --only} named some. */
  boolean runs(String scenario) {
    return only.isEmpty() || only.contains(scenario);
  }

  static Options parse(String[] args) {
    boolean quick = false;
    Path jar = Path.of("bootstrap", "target", "event-service.jar");
    Path workDir = Path.of("bench", "target", "run");
    Set<String> only = Set.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--jar" -> jar = Path.of(args[++i]);
        case "--work-dir" -> workDir = Path.of(args[++i]);
        case "--only" -> only = scenarios(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "usage: event-bench [--quick] [--jar bootstrap/target/event-service.jar]"
                    + " [--work-dir bench/target/run] [--only startup,catalog,bookings,expiry,"
                    + "scaling, replica]; unknown argument "
                    + args[i]);
      }
    }
    jar = jar.toAbsolutePath();
    workDir = workDir.toAbsolutePath();
    return quick
        ? new Options(
            true,
            jar,
            workDir,
            32,
            2_000,
            1_000,
            1_000,
            16,
            List.of(1_000, 10_000),
            10_000,
            100_000,
            1_000,
            3_000,
            only)
        : new Options(
            false,
            jar,
            workDir,
            32,
            20_000,
            1_000,
            1_000,
            16,
            List.of(10_000, 100_000, 1_000_000),
            100_000,
            1_000_000,
            2_000,
            10_000,
            only);
  }

  private static Set<String> scenarios(String list) {
    Set<String> named = Set.of(list.split(","));
    for (String scenario : named) {
      if (!SCENARIOS.contains(scenario)) {
        throw new IllegalArgumentException(
            "--only takes some of " + SCENARIOS + "; unknown scenario " + scenario);
      }
    }
    return named;
  }
}
