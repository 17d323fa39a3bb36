package org.aquastream.event.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The service as users run it: {@code java -jar event-service.jar} in a process of its own, with
 * the production profile, the service's JVM flags and (when the build made one) its AOT cache, on
 * the external PostgreSQL. Rate limits are off (one driver is thousands of users) and the scheduled
 * expiry waits an hour, so that only the measured run expires bookings.
 */
final class ServiceProcess implements AutoCloseable {
  /**
   * The service's JVM flags, as the README, the Dockerfile and the run command use them
   * (bootstrap/pom.xml's {@code service.jvm.flags}; DeploymentFilesTest keeps them equal).
   */
  static final List<String> JVM_FLAGS =
      List.of(
          "-Xms32m",
          "-Xmx512m",
          "-XX:+UseSerialGC",
          "-XX:+ExitOnOutOfMemoryError",
          "-XX:-UsePerfData",
          "-Djdk.reflect.useNativeAccessorOnly=true");

  private static final String READINESS = "/actuator/health/readiness";

  private final Process process;
  private final int port;
  private final Path log;
  private final long startupMillis;

  private ServiceProcess(Process process, int port, Path log, long startupMillis) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.startupMillis = startupMillis;
  }

  /**
   * The JVM's AOT cache the build trained beside the jar ({@code event-service.aot}, JDK 25+ and a
   * build with tests skipped, as scripts/bench makes it), if there is one.
   */
  static Optional<Path> aotCache(Path jar) {
    Path cache = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".aot"));
    return Files.isRegularFile(cache) ? Optional.of(cache) : Optional.empty();
  }

  /** Starts the jar as users do, with its AOT cache when there is one. */
  static ServiceProcess start(Path jar, PostgresServer postgres, Path log, Map<String, String> env)
      throws IOException, InterruptedException {
    return start(jar, aotCache(jar), postgres, log, env);
  }

  /**
   * Starts the jar, with {@code aotCache} or without one, and waits until {@code
   * /actuator/health/readiness} answers 200.
   */
  static ServiceProcess start(
      Path jar, Optional<Path> aotCache, PostgresServer postgres, Path log, Map<String, String> env)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    aotCache.ifPresent(cache -> command.add("-XX:AOTCache=" + cache));
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.put("APP_PROFILE", "prod");
    environment.put("SERVER_PORT", Integer.toString(port));
    environment.put("DATABASE_URL", postgres.jdbcUrl());
    environment.put("POSTGRES_USER", PostgresServer.USER);
    environment.put("POSTGRES_PASSWORD", "");
    environment.put("AQUASTREAM_RATE_LIMIT_ENABLED", "false");
    environment.put("SERVICES_PAYMENT_URL", "");
    environment.put("SERVICES_NOTIFICATION_URL", "");
    environment.put("SERVICES_USER_URL", "");
    environment.put("APP_EVENT_BOOKING_EXPIRATION_CHECK_INTERVAL", "3600000");
    environment.putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long started = System.nanoTime();
    Process process = builder.start();
    while (!ready(port)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the service exited with " + process.exitValue() + "; see " + log);
      }
      if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(2)) {
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within 2 minutes; see " + log);
      }
      Thread.sleep(5);
    }
    return new ServiceProcess(process, port, log, (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * How long a JVM takes to start from the same jar with the same flags, run a trivial main class
   * (the container's health probe, against a closed port) and exit: the floor under any startup.
   */
  static long jvmFloorMillis(Path jar) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.addAll(
        List.of(
            "-cp",
            jar.toString(),
            "org.aquastream.event.bootstrap.HealthProbe",
            "http://127.0.0.1:" + freePort() + READINESS));
    long started = System.nanoTime();
    Process probe =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    probe.waitFor();
    return (System.nanoTime() - started) / 1_000_000;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  long pid() {
    return process.pid();
  }

  long startupMillis() {
    return startupMillis;
  }

  /**
   * What the JVM said about its AOT cache in the service's log: nothing when it used the cache; a
   * warning or an error when it refused it (another JVM build or other flags) and started without.
   */
  List<String> aotComplaints() {
    try (Stream<String> lines = Files.lines(log)) {
      return lines.filter(line -> line.contains("][aot") || line.contains("AOT cache")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resident memory now, in MB. */
  double rssMb() {
    return status("VmRSS:") / 1024.0;
  }

  /** The most resident memory the process ever had (its high-water mark), in MB. */
  double peakRssMb() {
    return status("VmHWM:") / 1024.0;
  }

  private long status(String field) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
          .filter(line -> line.startsWith(field))
          .map(line -> line.substring(field.length()).strip().split("\\s+")[0])
          .mapToLong(Long::parseLong)
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGTERM, as an orchestrator stops it: in-flight requests finish, then the pool closes. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /**
   * One readiness request on a plain socket. Not {@code java.net.http}: asked every 5 ms, its
   * client used about half a core of the two the service starts on, and the start-up figures
   * measured the probe as much as the service (docs/performance.md, "Start-up, second pass").
   */
  private static boolean ready(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      socket.setSoTimeout(1_000);
      String request =
          "GET " + READINESS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      byte[] statusLine = socket.getInputStream().readNBytes(12);
      return new String(statusLine, StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
