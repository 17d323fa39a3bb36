package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What an operator of the original service looks at: health, info, metrics, logs. */
class OperationsTest {
  private static RunningService running;
  private static Scenario scenario;

  @BeforeAll
  static void start() {
    running = RunningService.start();
    scenario = new Scenario(running);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static Api.Reply get(String path) {
    return running.api.as(Caller.guest()).get(path);
  }

  @Test
  void healthIsUpWithTheDatabaseDiskAndPingAndShowsDetailsToAnAdmin() {
    Api.Reply guest = get("/actuator/health");
    Api.Reply admin =
        running
            .api
            .as(new Caller(null, null))
            .header("X-User-Role", "ADMIN")
            .get("/actuator/health");

    assertThat(guest.status()).isEqualTo(200);
    assertThat(guest.body().path("status").asText()).isEqualTo("UP");
    assertThat(fieldNames(guest.body().path("components")))
        .containsExactlyInAnyOrder(
            "db", "diskSpace", "paymentService", "notificationService", "userService", "ping");
    assertThat(guest.body().at("/components/db/details").isMissingNode()).isTrue();
    assertThat(admin.body().at("/components/paymentService/details/mode").asText())
        .as("no peer configured: the local stand-ins")
        .isEqualTo("local");
    assertThat(fieldNames(get("/actuator/health/liveness").body().path("components")))
        .containsExactly("ping");
    assertThat(admin.body().at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
    assertThat(admin.body().at("/components/db/details/validationQuery").asText())
        .isEqualTo("isValid()");
    assertThat(admin.body().at("/components/db/details/pool/max").asInt()).isPositive();
    assertThat(admin.body().at("/components/diskSpace/details/threshold").asLong())
        .isEqualTo(10_485_760);
    assertThat(get("/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(get("/actuator/health/readiness").body().at("/components/db/status").asText())
        .isEqualTo("UP");
  }

  @Test
  void infoNamesTheServiceProfileVersionAndCommit() {
    JsonNode info = get("/actuator/info").body();

    assertThat(info.at("/app/name").asText()).isEqualTo("backend-event");
    assertThat(info.at("/app/profile").asText()).isEqualTo("dev");
    assertThat(info.at("/app/version").asText()).isEqualTo("1.0.0-SNAPSHOT");
    assertThat(info.at("/git/commit/id").asText()).matches("[0-9a-f]{7,}|unknown");
  }

  @Test
  void aBookingIsCountedUnderTheOperationsDocumentsName() {
    double before = count("aquastream.bookings.created");
    String event = scenario.publishedEvent(scenario.organizer(), 5);

    scenario.book(Caller.user(), event);

    assertThat(count("aquastream.bookings.created")).isEqualTo(before + 1);
    for (String name :
        List.of(
            "aquastream.bookings.confirmed",
            "aquastream.bookings.cancelled",
            "aquastream.bookings.expired",
            "aquastream.waitlist.processed",
            "aquastream.waitlist.expired",
            "aquastream.events.completed")) {
      assertThat(get("/actuator/metrics/" + name).status()).as(name).isEqualTo(200);
    }
  }

  @Test
  void theJvmPoolAndRequestMetricsOfTheOperationsDocumentExist() {
    get("/api/v1/events");
    JsonNode names = get("/actuator/metrics").body().path("names");

    assertThat(StreamSupport.stream(names.spliterator(), false).map(JsonNode::asText))
        .contains(
            "jvm.memory.used",
            "jvm.gc.memory.allocated",
            "jvm.threads.live",
            "jvm.classes.loaded",
            "process.uptime",
            "hikaricp.connections.active",
            "http.server.requests",
            "aquastream.requests.total",
            "aquastream.latency.p95");
    JsonNode requests = get("/actuator/metrics/http.server.requests?tag=uri:/api/v1/events").body();
    assertThat(requests.at("/measurements/0/statistic").asText()).isEqualTo("COUNT");
    assertThat(requests.at("/measurements/0/value").asDouble()).isPositive();
    assertThat(get("/actuator/prometheus").body().asText())
        .contains("hikaricp_connections_active{")
        // The Prometheus client drops the reserved suffix _created: aquastream.bookings.created is
        // scraped as aquastream_bookings_total (docs/operations.md).
        .contains("aquastream_bookings_total{")
        .contains("aquastream_bookings_confirmed_total{");
  }

  @Test
  void everyLogLineOfARequestCarriesItsTraceIdIncludingTheUseCasesOwn() {
    String event = scenario.publishedEvent(scenario.organizer(), 1);
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    root.addAppender(lines);
    try {
      running
          .api
          .as(Caller.user())
          .header("X-Request-Id", "trace-booking-1")
          .post("/api/v1/bookings", Map.of("eventId", event));
      running
          .api
          .as(Caller.user())
          .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
          .post("/api/v1/bookings", Map.of("eventId", event));
    } finally {
      root.detachAppender(lines);
    }

    List<ILoggingEvent> created =
        lines.list.stream()
            .filter(e -> e.getFormattedMessage().startsWith("Booking created"))
            .toList();
    List<ILoggingEvent> full =
        lines.list.stream()
            .filter(e -> e.getFormattedMessage().startsWith("Event capacity exceeded"))
            .toList();
    List<ILoggingEvent> access =
        lines.list.stream().filter(e -> e.getLoggerName().equals("http.access")).toList();
    assertThat(created)
        .singleElement()
        .satisfies(
            e -> assertThat(e.getMDCPropertyMap()).containsEntry("traceId", "trace-booking-1"));
    assertThat(full)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getMDCPropertyMap())
                    .containsEntry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736"));
    assertThat(access)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(m -> assertThat(m).startsWith("POST /api/v1/bookings 201 "))
        .anySatisfy(m -> assertThat(m).startsWith("POST /api/v1/bookings 409 "));
  }

  private static double count(String metric) {
    JsonNode body = get("/actuator/metrics/" + metric).body();
    for (JsonNode m : body.path("measurements")) {
      if (m.path("statistic").asText().equals("COUNT")) {
        return m.path("value").asDouble();
      }
    }
    throw new AssertionError("no COUNT in " + body);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
