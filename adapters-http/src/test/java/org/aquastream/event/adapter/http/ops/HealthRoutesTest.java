package org.aquastream.event.adapter.http.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.aquastream.event.adapter.http.TestApi;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {

  private static HealthIndicator indicator(String name, Health health, HealthProbe... probes) {
    return new HealthIndicator() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Health check() {
        return health;
      }

      @Override
      public Set<HealthProbe> probes() {
        return Set.of(probes);
      }
    };
  }

  private static final HealthIndicator DB_UP =
      indicator(
          "db",
          Health.up(Map.of("database", "PostgreSQL", "validationQuery", "isValid()")),
          HealthProbe.READINESS);

  private static TestApi api(HealthIndicator... indicators) {
    return new TestApi(new HealthRoutes(List.of(indicators), Duration.ofMillis(500)));
  }

  @Test
  void everyoneSeesTheStatusOfEachComponentButNoDetails() {
    try (TestApi api = api(DB_UP)) {
      var reply = api.get("/actuator/health").send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().path("status").asText()).isEqualTo("UP");
      assertThat(reply.json().path("components").path("db").path("status").asText())
          .isEqualTo("UP");
      assertThat(reply.json().path("components").path("ping").path("status").asText())
          .isEqualTo("UP");
      assertThat(reply.json().path("components").path("db").has("details")).isFalse();
    }
  }

  @Test
  void anAdminRoleHeaderAloneShowsTheDetailsAsTheOperationsDocumentCurls() {
    try (TestApi api = api(DB_UP)) {
      var reply = api.get("/actuator/health").header("X-User-Role", "ADMIN").send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().at("/components/db/details/database").asText())
          .isEqualTo("PostgreSQL");
      assertThat(reply.json().at("/components/db/details/validationQuery").asText())
          .isEqualTo("isValid()");
    }
  }

  @Test
  void malformedIdentityHeadersNeverFailAProbe() {
    try (TestApi api = api(DB_UP)) {
      var reply =
          api.get("/actuator/health/liveness")
              .header("X-User-Id", "not-a-uuid")
              .header("X-User-Role", "EMPEROR")
              .send();

      assertThat(reply.status()).isEqualTo(200);
    }
  }

  @Test
  void aDownComponentMakesTheAnswer503() {
    HealthIndicator db =
        indicator("db", Health.down(Map.of("error", "Connection refused")), HealthProbe.READINESS);
    try (TestApi api = api(db)) {
      var reply = api.get("/actuator/health").header("X-User-Role", "ADMIN").send();

      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.json().path("status").asText()).isEqualTo("DOWN");
      assertThat(reply.json().at("/components/db/details/error").asText())
          .isEqualTo("Connection refused");
    }
  }

  @Test
  void livenessIgnoresTheDatabaseAndReadinessDependsOnIt() {
    HealthIndicator db = indicator("db", Health.down(Map.of()), HealthProbe.READINESS);
    try (TestApi api = api(db)) {
      var liveness = api.get("/actuator/health/liveness").send();
      var readiness = api.get("/actuator/health/readiness").send();

      assertThat(liveness.status()).isEqualTo(200);
      assertThat(liveness.json().path("components").has("db")).isFalse();
      assertThat(readiness.status()).isEqualTo(503);
      assertThat(readiness.json().at("/components/db/status").asText()).isEqualTo("DOWN");
    }
  }

  @Test
  void aPeerWithoutProbesIsReportedButDecidesNeitherProbe() {
    HealthIndicator peer = indicator("paymentService", Health.down(Map.of("circuit", "OPEN")));
    try (TestApi api = api(DB_UP, peer)) {
      assertThat(api.get("/actuator/health").send().status()).isEqualTo(503);
      assertThat(api.get("/actuator/health/liveness").send().status()).isEqualTo(200);
      assertThat(api.get("/actuator/health/readiness").send().status()).isEqualTo(200);
    }
  }

  @Test
  void aCheckThatHangsIsDownAfterTheTimeoutAndOneThatThrowsIsDown() {
    CountDownLatch never = new CountDownLatch(1);
    HealthIndicator hanging =
        new HealthIndicator() {
          @Override
          public String name() {
            return "db";
          }

          @Override
          public Health check() {
            try {
              never.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Health.up();
          }
        };
    HealthIndicator throwing =
        new HealthIndicator() {
          @Override
          public String name() {
            return "diskSpace";
          }

          @Override
          public Health check() {
            throw new IllegalStateException("no disk");
          }
        };
    try (TestApi api = api(hanging, throwing)) {
      var reply = api.get("/actuator/health").header("X-User-Role", "ADMIN").send();

      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.json().at("/components/db/details/error").asText())
          .isEqualTo("timed out after 500 ms");
      assertThat(reply.json().at("/components/diskSpace/details/error").asText())
          .isEqualTo("java.lang.IllegalStateException: no disk");
    }
  }

  @Test
  void diskSpaceIsDownBelowTheThreshold() {
    java.io.File here = new java.io.File(".");
    assertThat(new DiskSpaceHealth(here, 1).check().status()).isEqualTo(HealthStatus.UP);
    Health full = new DiskSpaceHealth(here, Long.MAX_VALUE).check();
    assertThat(full.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(full.details()).containsKeys("total", "free", "threshold");
  }

  @Test
  void infoAnswersWhatBootstrapPrepared() {
    Map<String, Object> info = Map.of("app", Map.of("name", "backend-event", "profile", "dev"));
    try (TestApi api = new TestApi(new InfoRoutes(info))) {
      var reply = api.get("/actuator/info").send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().at("/app/profile").asText()).isEqualTo("dev");
    }
  }
}
