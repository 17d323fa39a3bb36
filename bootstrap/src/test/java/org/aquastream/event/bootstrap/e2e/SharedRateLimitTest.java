package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.aquastream.event.bootstrap.EventService;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.config.ConfigLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances of the service on one database hold their clients to one shared limit. */
class SharedRateLimitTest {
  private static final Map<String, String> SHARED_LIMIT =
      Map.of(
          "APP_RATE_LIMIT_STORE", "postgres",
          "APP_RATE_LIMIT_EVENT_LIST_LIMIT", "3",
          "APP_RATE_LIMIT_BOOKING_CREATE_LIMIT", "2");

  private static RunningService first;
  private static EventService second;
  private static Api secondApi;

  @BeforeAll
  static void start() {
    first = RunningService.start(SHARED_LIMIT);
    Map<String, String> env = new java.util.HashMap<>(SHARED_LIMIT);
    env.put("SERVER_PORT", "0");
    AppConfig config = new ConfigLoader(env).load();
    second = EventService.start(config, first.database.dataSource(), first.clock);
    secondApi = new Api(second.port());
  }

  @AfterAll
  static void stop() {
    second.close();
    first.close();
  }

  @Test
  void aClientListingEventsOnBothInstancesIsLimitedOnce() {
    Caller user = Caller.user();

    assertThat(first.api.as(user).get("/api/v1/events").status()).isEqualTo(200);
    assertThat(secondApi.as(user).get("/api/v1/events").status()).isEqualTo(200);
    Api.Reply last = first.api.as(user).get("/api/v1/events");
    Api.Reply refused = secondApi.as(user).get("/api/v1/events");

    assertThat(last.status()).isEqualTo(200);
    assertThat(last.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.text("code")).isEqualTo("rate-limited");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(secondApi.as(Caller.user()).get("/api/v1/events").status()).isEqualTo(200);
  }

  @Test
  void bookingsOfOneUserAreCountedAcrossInstances() {
    Scenario scenario = new Scenario(first);
    Caller user = Caller.user();
    String a = scenario.publishedEvent(scenario.organizer(), 5);
    String b = scenario.publishedEvent(scenario.organizer(), 5);
    String c = scenario.publishedEvent(scenario.organizer(), 5);

    assertThat(first.api.as(user).post("/api/v1/bookings", Map.of("eventId", a)).status())
        .isEqualTo(201);
    assertThat(secondApi.as(user).post("/api/v1/bookings", Map.of("eventId", b)).status())
        .isEqualTo(201);
    Api.Reply refused = first.api.as(user).post("/api/v1/bookings", Map.of("eventId", c));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(first.count("SELECT count(*) FROM event.bookings WHERE user_id = ?", user.id()))
        .isEqualTo(2);
  }
}
