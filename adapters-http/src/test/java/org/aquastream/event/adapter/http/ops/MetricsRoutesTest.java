package org.aquastream.event.adapter.http.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.stream.StreamSupport;
import org.aquastream.event.adapter.http.RequestHooks;
import org.aquastream.event.adapter.http.StubAnswers;
import org.aquastream.event.adapter.http.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsRoutesTest {
  private PrometheusMeterRegistry registry;

  @BeforeEach
  void registry() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  private TestApi api() {
    return new TestApi(
        new RequestHooks(List.of(), List.of(new HttpMetrics(registry))),
        new MetricsRoutes(registry),
        new PrometheusRoutes(registry));
  }

  @Test
  void requestsAreTimedByRouteTemplateNeverByRawPath() {
    try (TestApi api = api()) {
      api.get("/api/v1/events/" + StubAnswers.EVENT_ID).send();
      api.get("/api/v1/events/" + StubAnswers.EVENT_ID).send();

      JsonNode metric = api.get("/actuator/metrics/http.server.requests").send().json();

      assertThat(values(metric, "uri"))
          .contains("/api/v1/events/{id}")
          .noneMatch(u -> u.contains(StubAnswers.EVENT_ID.toString()));
      assertThat(metric.path("name").asText()).isEqualTo("http.server.requests");
      assertThat(metric.path("baseUnit").asText()).isEqualTo("seconds");
      assertThat(statistics(metric)).contains("COUNT", "TOTAL_TIME", "MAX");
    }
  }

  @Test
  void aTagFilterNarrowsTheMeasurementsAndLeavesTheOtherTags() {
    try (TestApi api = api()) {
      api.get("/api/v1/events/" + StubAnswers.EVENT_ID).send();
      api.get("/no/such/path").send();

      JsonNode filtered =
          api.get("/actuator/metrics/aquastream.requests.total?tag=uri:NOT_FOUND").send().json();

      assertThat(count(filtered)).isEqualTo(1.0);
      assertThat(values(filtered, "status")).containsExactly("404");
      assertThat(values(filtered, "outcome")).containsExactly("CLIENT_ERROR");
      assertThat(
              StreamSupport.stream(filtered.path("availableTags").spliterator(), false)
                  .map(t -> t.path("tag").asText()))
          .doesNotContain("uri");
    }
  }

  @Test
  void namesListEveryMeterOnce() {
    try (TestApi api = api()) {
      api.get("/api/v1/events").send();

      JsonNode names = api.get("/actuator/metrics").send().json().path("names");

      assertThat(StreamSupport.stream(names.spliterator(), false).map(JsonNode::asText))
          .contains("http.server.requests", "aquastream.requests.total", "aquastream.latency.p95")
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void unknownMetricIs404AndAMalformedTagIs400() {
    try (TestApi api = api()) {
      var unknown = api.get("/actuator/metrics/no.such.metric").send();
      var malformed = api.get("/actuator/metrics/aquastream.latency.p95?tag=uri").send();

      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.json().path("code").asText()).isEqualTo("metric-not-found");
      assertThat(malformed.status()).isEqualTo(400);
      assertThat(malformed.json().path("code").asText()).isEqualTo("validation-error");
    }
  }

  @Test
  void prometheusExposesTheTimerWithItsHistogram() {
    try (TestApi api = api()) {
      api.get("/api/v1/events").send();

      var reply = api.get("/actuator/prometheus").send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Content-Type")).startsWith("text/plain");
      assertThat(reply.body())
          .contains("http_server_requests_seconds_bucket{")
          .contains("uri=\"/api/v1/events\"")
          .contains("aquastream_latency_p95_seconds")
          .contains("aquastream_requests_total");
    }
  }

  private static List<String> values(JsonNode metric, String tag) {
    for (JsonNode t : metric.path("availableTags")) {
      if (t.path("tag").asText().equals(tag)) {
        return StreamSupport.stream(t.path("values").spliterator(), false)
            .map(JsonNode::asText)
            .toList();
      }
    }
    return List.of();
  }

  private static List<String> statistics(JsonNode metric) {
    return StreamSupport.stream(metric.path("measurements").spliterator(), false)
        .map(m -> m.path("statistic").asText())
        .toList();
  }

  private static double count(JsonNode metric) {
    for (JsonNode m : metric.path("measurements")) {
      if (m.path("statistic").asText().equals("COUNT")) {
        return m.path("value").asDouble();
      }
    }
    return -1;
  }
}
