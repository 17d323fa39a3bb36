package org.aquastream.event.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training run of the JVM's AOT cache (JEPs 483, 514, 515), made when the jar is built: starts
 * the service as {@link Main} does, with the production profile, on a throwaway embedded
 * PostgreSQL, sends it what a new instance is asked first (probes, the catalog, one booking), then
 * stops it. The JVM writes the cache as it exits:
 *
 * <pre>{@code
 * java <the service's JVM flags> -XX:AOTCacheOutput=event-service.aot \
 *     -cp event-service.jar org.aquastream.event.bootstrap.AotTraining <work directory>
 * }</pre>
 *
 * <p>The environment of the build is ignored, so that a {@code DATABASE_URL} in the shell never
 * points the training at a real database. Any unexpected answer stops the build.
 */
public final class AotTraining {
  private static final String ADMIN = "00000000-0000-0000-0000-00000000000a";
  private static final String OWNER = "11111111-1111-1111-1111-000000000001";
  private static final String USER = "22222222-2222-2222-2222-000000000001";
  // A closed port: the payment and notification clients are built, and fail fast if called.
  private static final String NO_PEER = "http://127.0.0.1:9";
  private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");

  private final URI base;

  AotTraining(int port) {
    this.base = URI.create("http://127.0.0.1:" + port);
  }

  /**
   * Trains in a new data directory under the work directory (argument 0), which the build deletes
   * before it packages the jar again.
   */
  public static void main(String[] args) throws IOException {
    Path workDir = Path.of(args.length > 0 ? args[0] : "target/aot-training").toAbsolutePath();
    Path dataDir = Files.createTempDirectory(Files.createDirectories(workDir), "postgres-");
    try (EventService service =
        Main.start(Main.configure(environment(dataDir)), new StartupSteps())) {
      new AotTraining(service.port()).askWhatANewInstanceIsAsked();
    }
    // Whatever thread a library left running, the JVM exits now and writes the cache.
    System.exit(0);
  }

  /** The production profile on an embedded PostgreSQL in {@code dataDir}, on a free port. */
  static Map<String, String> environment(Path dataDir) {
    return Map.ofEntries(
        Map.entry("APP_PROFILE", "prod"),
        Map.entry("SERVER_PORT", "0"),
        Map.entry("DATABASE_URL", ""),
        Map.entry("EMBEDDED_POSTGRES_DIR", dataDir.toString()),
        Map.entry("SERVICES_PAYMENT_URL", NO_PEER),
        Map.entry("SERVICES_NOTIFICATION_URL", NO_PEER),
        // The local stand-in: a booking asks the user service first.
        Map.entry("SERVICES_USER_URL", ""));
  }

  /**
   * The requests of the training run, each expecting the answer today's service gives (the build
   * stops on any other; AotTrainingTest keeps them in step with the API).
   */
  void askWhatANewInstanceIsAsked() {
    expect(200, "GET", "/actuator/health/readiness", null, null);
    expect(200, "GET", "/actuator/health/liveness", null, null);
    expect(503, "GET", "/actuator/health", null, null);
    expect(
        201,
        "POST",
        "/api/v1/organizers",
        ADMIN + " ADMIN",
        "{\"slug\":\"aot-training\",\"name\":\"AOT training\",\"ownerUserId\":\"" + OWNER + "\"}");
    String event =
        id(
            expect(
                201,
                "POST",
                "/api/v1/events",
                OWNER + " ORGANIZER",
                "{\"type\":\"DIVING\",\"title\":\"Night dive\",\"dateStart\":\"2999-06-01T18:00:00Z\","
                    + "\"dateEnd\":\"2999-06-01T21:00:00Z\",\"location\":{\"city\":\"Sochi\","
                    + "\"venue\":\"Pier 3\"},\"price\":null,\"capacity\":12,\"tags\":[\"night\"]}"));
    expect(200, "POST", "/api/v1/events/" + event + "/publish", OWNER + " ORGANIZER", null);
    expect(200, "GET", "/api/v1/events", null, null);
    expect(200, "GET", "/api/v1/events?type=DIVING&tag=night&size=5", null, null);
    expect(200, "GET", "/api/v1/events/" + event, null, null);
    expect(200, "GET", "/api/v1/organizers", null, null);
    expect(200, "GET", "/api/v1/organizers/aot-training", null, null);
    String booking =
        id(
            expect(
                201,
                "POST",
                "/api/v1/bookings",
                USER + " USER",
                "{\"eventId\":\"" + event + "\"}"));
    expect(200, "PUT", "/api/v1/bookings/" + booking + "/confirm", USER + " USER", null);
    expect(200, "GET", "/api/v1/bookings", USER + " USER", null);
    expect(404, "GET", "/api/v1/events/" + UUID.randomUUID(), null, null);
    expect(400, "POST", "/api/v1/bookings", USER + " USER", "{\"eventId\":\"not-an-id\"}");
  }

  /**
   * Sends one request, as {@code userAndRole} ("id ROLE", or a guest when null), and returns the
   * body of the answer, which must have {@code status}.
   */
  private String expect(int status, String method, String path, String userAndRole, String json) {
    try {
      HttpURLConnection http = (HttpURLConnection) base.resolve(path).toURL().openConnection();
      http.setRequestMethod(method);
      if (userAndRole != null) {
        String[] caller = userAndRole.split(" ");
        http.setRequestProperty("X-User-Id", caller[0]);
        http.setRequestProperty("X-User-Role", caller[1]);
      }
      if (json != null) {
        http.setDoOutput(true);
        http.setRequestProperty("Content-Type", "application/json");
        try (OutputStream body = http.getOutputStream()) {
          body.write(json.getBytes(StandardCharsets.UTF_8));
        }
      }
      int answered = http.getResponseCode();
      InputStream stream = answered < 400 ? http.getInputStream() : http.getErrorStream();
      String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      if (answered != status) {
        throw new IllegalStateException(
            "AOT training: " + method + " " + path + " answered " + answered + ": " + body);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("AOT training: " + method + " " + path, e);
    }
  }

  private static String id(String json) {
    Matcher id = ID.matcher(json);
    if (!id.find()) {
      throw new IllegalStateException("AOT training: no id in " + json);
    }
    return id.group(1);
  }
}
