package org.aquastream.event.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Debian's {@code pgbench} running one SQL transaction against the bench database with as many
 * clients as the HTTP run had: what PostgreSQL alone does with the same work, the physical ceiling
 * of the service. Latencies come from pgbench's per-transaction log.
 */
final class Pgbench {
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");
  private static final Pattern PROCESSED =
      Pattern.compile("number of transactions actually processed: (\\d+)");

  private Pgbench() {}

  /** Transactions, their rate and latencies. */
  record Result(long transactions, double perSecond, Histogram micros) {
    double percentileMs(double percentile) {
      return micros.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  /** The pgbench on the PATH, if any (Debian: apt-get install postgresql-client). */
  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, "pgbench");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code script} with {@code clients} connections, either {@code transactionsPerClient} each
   * (when positive) or for {@code seconds}.
   */
  static Result run(
      Path pgbench,
      PostgresServer postgres,
      Path workDir,
      String name,
      String script,
      int clients,
      int transactionsPerClient,
      int seconds)
      throws IOException, InterruptedException {
    Path dir = Files.createDirectories(workDir.resolve("pgbench-" + name));
    try (Stream<Path> old = Files.list(dir)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    Path scriptFile = Files.writeString(dir.resolve(name + ".sql"), script);
    List<String> command =
        new ArrayList<>(
            List.of(
                pgbench.toString(),
                "-n",
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(postgres.port()),
                "-U",
                PostgresServer.USER,
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-f",
                scriptFile.toString(),
                "-l",
                "--log-prefix=" + dir.resolve("log")));
    if (transactionsPerClient > 0) {
      command.addAll(List.of("-t", Integer.toString(transactionsPerClient)));
    } else {
      command.addAll(List.of("-T", Integer.toString(seconds)));
    }
    command.add(PostgresServer.DATABASE);
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("pgbench failed:\n" + output);
    }
    Files.writeString(dir.resolve("output.txt"), output);
    Matcher tps = TPS.matcher(output);
    Matcher processed = PROCESSED.matcher(output);
    if (!tps.find() || !processed.find()) {
      throw new IllegalStateException("unexpected pgbench output:\n" + output);
    }
    return new Result(
        Long.parseLong(processed.group(1)), Double.parseDouble(tps.group(1)), latencies(dir));
  }

  /** Per-transaction log lines: client, transaction, latency in µs, script, epoch, µs. */
  private static Histogram latencies(Path dir) throws IOException {
    Histogram micros = new Histogram(3);
    try (Stream<Path> logs = Files.list(dir)) {
      for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("log.")).toList()) {
        try (Stream<String> lines = Files.lines(log)) {
          lines.forEach(line -> micros.recordValue(Long.parseLong(line.split(" ")[2])));
        }
      }
    }
    return micros;
  }
}
