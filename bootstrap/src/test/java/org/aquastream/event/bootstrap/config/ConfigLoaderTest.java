package org.aquastream.event.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  private static AppConfig load(Map<String, String> env) {
    return new ConfigLoader(env).load();
  }

  @Test
  void devIsTheDefaultProfileWithShortTimeouts() {
    AppConfig config = load(Map.of());

    assertThat(config.profile()).isEqualTo("dev");
    assertThat(config.server().port()).isEqualTo(8102);
    assertThat(config.app().event().booking().ttlMinutes()).isEqualTo(5);
    assertThat(config.app().event().booking().gracePeriodMinutes()).isEqualTo(1);
    assertThat(config.app().event().waitlist().notificationWindowMinutes()).isEqualTo(10);
    assertThat(config.app().event().booking().expirationCheckInterval()).isEqualTo(60_000);
    assertThat(config.logging().level()).containsEntry("org.aquastream.event", "DEBUG");
    assertThat(config.database().isEmbedded()).isTrue();
    assertThat(config.database().embedded().dataDir()).isEqualTo(Path.of("data/postgres"));
    assertThat(config.services().payment().uri()).isEmpty();
  }

  @Test
  void prodProfileKeepsTheOperationsDocumentValuesAndNamesThePeers() {
    AppConfig config = load(Map.of("APP_PROFILE", "prod"));

    assertThat(config.profile()).isEqualTo("prod");
    assertThat(config.app().event().booking().ttlMinutes()).isEqualTo(30);
    assertThat(config.app().event().booking().gracePeriodMinutes()).isEqualTo(5);
    assertThat(config.app().event().audit().retainDays()).isEqualTo(90);
    assertThat(config.app().event().completion().checkIntervalCron()).isEqualTo("0 0 * * * *");
    assertThat(config.logging().level()).containsEntry("org.aquastream.event", "WARN");
    assertThat(config.services().payment().url()).isEqualTo("http://backend-payment:8104");
    assertThat(config.services().payment().timeoutMs()).isEqualTo(5000);
    assertThat(config.services().notification().timeoutMs()).isEqualTo(3000);
    assertThat(config.services().user().timeoutMs()).isEqualTo(2000);
  }

  @Test
  void prodLeavesConnectionLeakDetectionOffAndOtherProfilesOn() {
    assertThat(load(Map.of("APP_PROFILE", "prod")).database().pool().leakDetectionThresholdMs())
        .isZero();
    assertThat(load(Map.of("APP_PROFILE", "stage")).database().pool().leakDetectionThresholdMs())
        .isEqualTo(60_000);
    assertThat(
            load(Map.of(
                    "APP_PROFILE", "prod", "DATABASE_POOL_LEAK_DETECTION_THRESHOLD_MS", "30000"))
                .database()
                .pool()
                .leakDetectionThresholdMs())
        .isEqualTo(30_000);
  }

  @Test
  void theSeedsProfileVariableIsHonouredToo() {
    assertThat(load(Map.of("SPRING_PROFILES_ACTIVE", "stage")).profile()).isEqualTo("stage");
  }

  @Test
  void namedEnvironmentVariablesOverrideTheirKeys() {
    AppConfig config =
        load(
            Map.of(
                "SERVER_PORT", "9000",
                "DATABASE_URL", "jdbc:postgresql://db:5432/aquastream",
                "POSTGRES_USER", "svc",
                "POSTGRES_PASSWORD", "s3cret",
                "PAYMENT_SERVICE_URL", "http://pay:8104",
                "NOTIFICATION_SERVICE_URL", "http://notify:8105",
                "USER_SERVICE_URL", "http://users:8101"));

    assertThat(config.server().port()).isEqualTo(9000);
    assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db:5432/aquastream");
    assertThat(config.database().username()).isEqualTo("svc");
    assertThat(config.database().password()).isEqualTo("s3cret");
    assertThat(config.database().isEmbedded()).isFalse();
    assertThat(config.services().payment().url()).isEqualTo("http://pay:8104");
    assertThat(config.services().notification().url()).isEqualTo("http://notify:8105");
    assertThat(config.services().user().url()).isEqualTo("http://users:8101");
  }

  @Test
  void anyKeyCanBeOverriddenByItsEnvironmentName() {
    AppConfig config =
        load(
            Map.of(
                "APP_EVENT_BOOKING_TTL_MINUTES", "12",
                "APP_EVENT_WAITLIST_AUTO_PROCESS", "false"));

    assertThat(config.app().event().booking().ttlMinutes()).isEqualTo(12);
    assertThat(config.app().event().waitlist().autoProcess()).isFalse();
  }

  @Test
  void theDatabasePasswordNeverAppearsInTheLoggedConfiguration() {
    AppConfig config = load(Map.of("POSTGRES_PASSWORD", "s3cret"));

    assertThat(config.toString()).doesNotContain("s3cret").contains("password=****");
  }

  @Test
  void theWebhookSecretNeverAppearsInTheLoggedConfiguration() {
    AppConfig config = load(Map.of("PAYMENT_WEBHOOK_SECRET", "whsec-42"));

    assertThat(config.services().payment().webhookSecret()).isEqualTo("whsec-42");
    assertThat(config.toString()).doesNotContain("whsec-42").contains("webhookSecret=****");
  }

  @Test
  void theIntegrationKnobsHaveTheirDefaultsAndCanBeOverridden() {
    AppConfig defaults = load(Map.of());
    AppConfig tuned =
        load(
            Map.of(
                "SERVICES_USER_FAIL_OPEN", "true",
                "SERVICES_CIRCUIT_BREAKER_MINIMUM_NUMBER_OF_CALLS", "3",
                "APP_EVENT_PAYMENT_CANCEL_ON_FAILURE", "true",
                "APP_EVENT_OUTBOX_RELAY_INTERVAL_MS", "1000"));

    assertThat(defaults.services().user().failOpen()).isFalse();
    assertThat(defaults.services().circuitBreaker().minimumNumberOfCalls()).isEqualTo(5);
    assertThat(defaults.services().circuitBreaker().openWait()).hasSeconds(30);
    assertThat(defaults.app().event().payment().cancelOnFailure()).isFalse();
    assertThat(defaults.app().event().outbox().maxAttempts()).isEqualTo(10);
    assertThat(tuned.services().user().failOpen()).isTrue();
    assertThat(tuned.services().circuitBreaker().minimumNumberOfCalls()).isEqualTo(3);
    assertThat(tuned.app().event().payment().cancelOnFailure()).isTrue();
    assertThat(tuned.app().event().outbox().relayIntervalMs()).isEqualTo(1000);
  }

  @Test
  void aBackoffCapBelowItsStartStopsStartup() {
    assertThatThrownBy(() -> load(Map.of("APP_EVENT_OUTBOX_MAX_BACKOFF_MS", "5")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("app.event.outbox.max-backoff-ms");
  }

  @Test
  void anOutOfRangeValueStopsStartupNamingTheKey() {
    assertThatThrownBy(() -> load(Map.of("APP_EVENT_BOOKING_TTL_MINUTES", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("app.event.booking.ttl-minutes must be positive")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aValueOfTheWrongTypeStopsStartupNamingTheKey() {
    assertThatThrownBy(() -> load(Map.of("SERVER_PORT", "eighty")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("server.port")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aMisspeltKeyStopsStartup() {
    assertThatThrownBy(() -> load(Map.of("APP_PROFILE", "typo")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Unknown configuration key 'app.event.booking.ttl-minuts'");
  }

  @Test
  void anUnknownProfileStopsStartup() {
    assertThatThrownBy(() -> load(Map.of("APP_PROFILE", "qa")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Unknown profile 'qa'");
  }

  @Test
  void aPeerUrlMustBeHttp() {
    assertThatThrownBy(() -> load(Map.of("PAYMENT_SERVICE_URL", "ftp://pay")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("must be http(s)")
        .hasMessageContaining("services.payment");
  }

  @Test
  void aCronExpressionNeedsSixFields() {
    assertThatThrownBy(() -> load(Map.of("APP_EVENT_COMPLETION_CHECK_INTERVAL_CRON", "0 * * * *")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("check-interval-cron must have six fields");
  }

  @Test
  void rateLimitsAreTheOperationsDocumentsPerProfile() {
    AppConfig dev = load(Map.of());
    AppConfig prod = load(Map.of("APP_PROFILE", "prod"));

    assertThat(dev.app().rateLimit().enabled()).isTrue();
    assertThat(dev.app().rateLimit().store()).isEqualTo("memory");
    assertThat(dev.app().rateLimit().bookingCreate().limit()).isEqualTo(10);
    assertThat(dev.app().rateLimit().eventList().limit()).isEqualTo(100);
    assertThat(dev.app().rateLimit().eventList().windowSeconds()).isEqualTo(60);
    assertThat(dev.app().rateLimit().trustedProxyList()).containsExactly("127.0.0.1", "::1");
    assertThat(prod.app().rateLimit().store()).isEqualTo("postgres");
    assertThat(prod.logging().format()).isEqualTo("json");
    assertThat(dev.logging().format()).isEqualTo("text");
    assertThat(load(Map.of("AQUASTREAM_RATE_LIMIT_ENABLED", "false")).app().rateLimit().enabled())
        .isFalse();
  }

  @Test
  void anUnknownRateLimitStoreOrLogFormatStopsStartup() {
    assertThatThrownBy(() -> load(Map.of("APP_RATE_LIMIT_STORE", "redis")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("app.rate-limit.store must be memory or postgres, was redis");
    assertThatThrownBy(() -> load(Map.of("LOGGING_FORMAT", "xml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("logging.format must be text or json");
  }

  @Test
  void theLoggedConfigurationNeverShowsAPassword() {
    String logged =
        load(Map.of(
                "DATABASE_URL", "postgres://svc:hunter2@db:5432/aquastream?password=hunter3",
                "POSTGRES_PASSWORD", "hunter4"))
            .toString();

    assertThat(logged).doesNotContain("hunter2", "hunter3", "hunter4").contains("svc:****@db");
  }

  @Test
  void noReplicaIsConfiguredByDefault() {
    AppConfig.Replica replica = load(Map.of()).database().replica();

    assertThat(replica.isConfigured()).isFalse();
    assertThat(replica.lagBound()).hasSeconds(5);
    assertThat(replica.checkInterval()).hasSeconds(1);
    assertThat(replica.pool().connectionTimeoutMs()).isEqualTo(1000);
  }

  @Test
  void theReplicaIsNamedByItsEnvironmentVariableAndItsLagBoundIsADuration() {
    AppConfig.Replica replica =
        load(Map.of(
                "DATABASE_REPLICA_URL", "jdbc:postgresql://replica:5432/aquastream",
                "DATABASE_REPLICA_MAX_LAG", "2500ms",
                "DATABASE_REPLICA_POOL_MAXIMUM_POOL_SIZE", "4"))
            .database()
            .replica();

    assertThat(replica.isConfigured()).isTrue();
    assertThat(replica.url()).isEqualTo("jdbc:postgresql://replica:5432/aquastream");
    assertThat(replica.lagBound()).isEqualTo(Duration.ofMillis(2500));
    assertThat(replica.pool().maximumPoolSize()).isEqualTo(4);
    assertThat(load(Map.of("DATABASE_REPLICA_MAX_LAG", "1m")).database().replica().lagBound())
        .hasMinutes(1);
  }

  @Test
  void aLagBoundThatIsNoDurationStopsStartupNamingTheKey() {
    assertThatThrownBy(() -> load(Map.of("DATABASE_REPLICA_MAX_LAG", "5000")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("database.replica.max-lag must be a duration like 500ms, 5s or 1m");
    assertThatThrownBy(() -> load(Map.of("DATABASE_REPLICA_MAX_LAG", "0s")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("database.replica.max-lag must be positive");
  }

  @Test
  void aLagBoundTighterThanTwoChecksStopsStartup() {
    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "DATABASE_REPLICA_MAX_LAG", "1s",
                        "DATABASE_REPLICA_CHECK_INTERVAL_MS", "1000")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "database.replica.max-lag must be at least twice database.replica.check-interval-ms");
  }

  @Test
  void theReplicasPasswordNeverAppearsInTheLoggedConfiguration() {
    String logged =
        load(Map.of(
                "DATABASE_REPLICA_URL", "postgres://svc:hunter5@replica:5432/aquastream",
                "DATABASE_REPLICA_PASSWORD", "hunter6"))
            .toString();

    assertThat(logged).doesNotContain("hunter5", "hunter6").contains("svc:****@replica");
  }
}
