package org.aquastream.event.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of docs/performance.md. Starts PostgreSQL 17 and the service's jar as processes of
 * their own, drives the service over HTTP from this process's virtual threads, measures every
 * baseline in the same run (pgbench, plain SQL, the liveness route, a bare JVM, one instance
 * against three) and prints the table; {@code bench/target/bench-report.md} keeps it.
 */
public final class Bench {
  static final String OWNER = "00000000-0000-0000-0000-0000000000b1";

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    if (!Files.isRegularFile(options.jar())) {
      throw new IllegalStateException(
          options.jar() + " is missing: build it first (scripts/bench does)");
    }
    Files.createDirectories(options.workDir());
    long started = System.nanoTime();
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
    try (PostgresServer postgres =
        PostgresServer.start(
            options.workDir().resolve("postgres"), options.workDir().resolve("postgres.log"))) {
      Run run = new Run(options, postgres);
      System.out.println(machine(run));
      try {
        measure(run);
      } finally {
        for (ServiceProcess instance : run.instances) {
          instance.close();
        }
      }
      String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
      double minutes = (System.nanoTime() - started) / 60e9;
      run.report.note(
          "load average before the run %s, after it %s; the run took %.1f min"
              .formatted(loadBefore, loadAfter, minutes));
      String report = machine(run) + "\n" + run.report.markdown();
      Path file = options.workDir().resolveSibling("bench-report.md");
      Files.writeString(file, report);
      System.out.println();
      System.out.println(run.report.text());
      System.out.println("Written to " + file);
    }
  }

  private static void measure(Run run) throws Exception {
    Options options = run.options;
    step("startup");
    Startup.run(run);
    setUp(run);
    warmUp(run, 1);
    if (options.runs("catalog")) {
      for (int size : options.catalogSizes()) {
        step("catalog at " + Report.count(size) + " events");
        Catalog.run(run, size);
      }
    }
    if (options.runs("bookings")) {
      step("hot event and spread load against pgbench");
      Bookings.againstPgbench(run);
    }
    if (options.runs("expiry")) {
      step("expiry");
      Expiry.run(run, "expiry, 1 instance");
      run.data.events("bench-not-due-", 1, 1_000, options.expiryNotDue() / 1_000, 0);
      run.data.pendingBookings(
          "bench-not-due-", 1_000, options.expiryNotDue(), "now() + interval '1 day'");
      Expiry.run(
          run,
          "expiry, %s not-due PENDING bookings present"
              .formatted(Report.count(options.expiryNotDue())));
    }
    Startup.peakMemory(run);
    if (options.runs("scaling")) {
      step("one instance against three");
      Scaling.run(run);
    }
    if (options.runs("replica")) {
      step("catalog reads through a streaming replica");
      ReplicaReads.run(run);
    }
  }

  /** An organizer and one published event through the API: the template of every bench event. */
  private static void setUp(Run run) throws Exception {
    URI base = run.first().base();
    run.http.post(
        base,
        "/api/v1/organizers",
        Http.ADMIN,
        "ADMIN",
        "{\"slug\":\"bench-club\",\"name\":\"Bench Club\",\"ownerUserId\":\"" + OWNER + "\"}",
        201);
    Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    JsonNode event =
        run.http.post(
            base,
            "/api/v1/events",
            OWNER,
            "ORGANIZER",
            """
            {"type":"DIVING","title":"Night dive at the reef","description":"Two tanks, torches.",
             "dateStart":"%s","dateEnd":"%s","location":{"city":"Sochi","venue":"Pier 3"},
             "price":null,"capacity":100000,"tags":["night","reef"]}
            """
                .formatted(start, start.plus(3, ChronoUnit.HOURS)),
            201);
    run.template = event.path("id").asText();
    run.http.post(base, "/api/v1/events/" + run.template + "/publish", OWNER, "ORGANIZER", "", 200);
    run.data = new BenchData(run.postgres, run.template);
  }

  /** Mixed load on the first {@code instances}, so that the measured runs meet a warm JIT. */
  static void warmUp(Run run, int instances) throws Exception {
    step("warm-up");
    List<URI> bases = run.bases(instances);
    // New instances get longer: their JIT starts cold while the first one's is warm, and each sees
    // a third of the requests on a third of the CPU. With 20 s they were still compiling the
    // booking path when measured (four times the CPU per booking; 60 s of warm-up halved it).
    long millis = run.options.quick() ? 3_000 : instances > 1 ? 60_000 : 10_000;
    Load.Result result =
        Load.forDuration(
            16,
            0,
            millis,
            client -> {
              URI base = bases.get(client % bases.size());
              return switch (client % 4) {
                case 0 -> run.http.book(base, run.template);
                case 1 -> run.http.get(base, "/api/v1/events?page=0&size=20");
                case 2 -> run.http.get(base, "/api/v1/events/" + run.template);
                default -> run.http.get(base, "/actuator/health/liveness");
              };
            },
            status -> true);
    Run.requireOnly("warm-up", result, status -> status == 200 || status == 201 || status == 409);
  }

  private static String machine(Run run) throws IOException, InterruptedException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(line -> line.startsWith("model name"))
            .map(line -> line.substring(line.indexOf(':') + 1).strip())
            .findFirst()
            .orElse("unknown CPU");
    long memoryKb =
        Files.readAllLines(Path.of("/proc/meminfo")).stream()
            .filter(line -> line.startsWith("MemTotal:"))
            .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
            .findFirst()
            .orElse(0);
    String pgbench =
        run.pgbench.isPresent()
            ? new String(
                    new ProcessBuilder(run.pgbench.get().toString(), "--version")
                        .redirectErrorStream(true)
                        .start()
                        .getInputStream()
                        .readAllBytes())
                .strip()
            : "not installed";
    return String.format(
        Locale.ROOT,
        "Machine: %d cores (%s), %.0f GB; Java %s (%s); %s; %s; %s run, clients: %d booking,"
            + " %d catalog",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memoryKb / 1024.0 / 1024.0,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        run.postgres.queryText("SHOW server_version").split(" ")[0].isEmpty()
            ? "PostgreSQL"
            : "PostgreSQL " + run.postgres.queryText("SHOW server_version"),
        pgbench,
        run.options.quick() ? "quick" : "full",
        run.options.bookingClients(),
        run.options.catalogClients());
  }

  private static void step(String name) {
    System.out.printf("%n== %s ==%n", name);
  }
}
