package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A sold-out event's queue over the real HTTP port and PostgreSQL (dev profile: window 10 min). */
class WaitlistJourneyTest {
  private static final Duration WINDOW = Duration.ofMinutes(10);

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

  private static Api.Reply join(Caller user, String event) {
    return running.api.as(user).post("/api/v1/events/" + event + "/waitlist", null);
  }

  private static Api.Reply status(Caller user, String event) {
    return running.api.as(user).get("/api/v1/events/" + event + "/waitlist/status");
  }

  @Test
  void aFreedSeatIsHeldForTheHeadOfTheQueueWhoBooksIt() {
    Caller organizer = scenario.organizer();
    String event = scenario.publishedEvent(organizer, 1);
    Caller holder = Caller.user();
    String booking = scenario.book(holder, event);
    Caller first = Caller.user();
    Caller second = Caller.user();
    Caller outsider = Caller.user();

    Api.Reply full = running.api.as(first).post("/api/v1/bookings", Map.of("eventId", event));
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.body().path("waitlistAvailable").asBoolean()).isTrue();
    Api.Reply joined = join(first, event);
    assertThat(joined.status()).as(joined.body().toString()).isEqualTo(201);
    assertThat(joined.body().path("position").asInt()).isEqualTo(1);
    assertThat(join(second, event).body().path("position").asInt()).isEqualTo(2);
    assertThat(join(second, event).text("code")).isEqualTo("waitlist-entry-exists");

    running.api.as(holder).put("/api/v1/bookings/" + booking + "/cancel", null);

    Api.Reply notified = status(first, event);
    assertThat(notified.text("status")).isEqualTo("NOTIFIED");
    assertThat(Instant.parse(notified.text("notificationExpiresAt")))
        .isEqualTo(running.clock.now().plus(WINDOW).truncatedTo(ChronoUnit.MILLIS));
    assertThat(status(second, event).body().path("position").asInt()).isEqualTo(2);
    Seats.assertInvariant(running, event);
    assertThat(
            Seats.count(
                running,
                "SELECT count(*) FROM event.outbox WHERE payload->>'template' ="
                    + " 'waitlist.slot_available' AND payload->'data'->>'eventId' = CAST(? AS text)",
                event))
        .isEqualTo(1);

    Api.Reply stolen = running.api.as(outsider).post("/api/v1/bookings", Map.of("eventId", event));
    assertThat(stolen.text("code")).isEqualTo("event-full");
    running.clock.advance(WINDOW.minusSeconds(1));
    Api.Reply taken = running.api.as(first).post("/api/v1/bookings", Map.of("eventId", event));
    assertThat(taken.status()).as(taken.body().toString()).isEqualTo(201);

    assertThat(status(first, event).text("status")).isEqualTo("CONFIRMED");
    assertThat(status(first, event).body().path("position").isNull()).isTrue();
    assertThat(status(second, event).body().path("position").asInt()).isEqualTo(1);
    Api.Reply mine = running.api.as(first).get("/api/v1/waitlist");
    assertThat(mine.body().path("items").get(0).path("status").asText()).isEqualTo("CONFIRMED");
    assertThat(mine.body().path("items").get(0).path("event").path("id").asText()).isEqualTo(event);
    Seats.assertInvariant(running, event);
    assertThat(
            Seats.count(
                running, "SELECT count(*) FROM event.waitlist_audit WHERE event_id = ?", event))
        .as("JOINED ×2, NOTIFIED, CONFIRMED")
        .isEqualTo(4);
  }

  @Test
  void joiningIsForSoldOutEventsOnlyAndLeavingPassesTheHeldSeatOn() {
    Caller organizer = scenario.organizer();
    String event = scenario.publishedEvent(organizer, 1);
    Caller alice = Caller.user();
    Caller bob = Caller.user();
    Api.Reply early = join(alice, event);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.text("code")).isEqualTo("invalid-state");
    Caller holder = Caller.user();
    String booking = scenario.book(holder, event);
    join(alice, event);
    join(bob, event);
    running.api.as(holder).put("/api/v1/bookings/" + booking + "/cancel", null);
    assertThat(status(alice, event).text("status")).isEqualTo("NOTIFIED");

    Api.Reply left =
        running.api.as(alice).send("DELETE", "/api/v1/events/" + event + "/waitlist", null);

    assertThat(left.status()).isEqualTo(204);
    assertThat(status(alice, event).text("status")).isEqualTo("CANCELLED");
    assertThat(status(bob, event).text("status")).isEqualTo("NOTIFIED");
    assertThat(
            running
                .api
                .as(alice)
                .send("DELETE", "/api/v1/events/" + event + "/waitlist", null)
                .status())
        .isEqualTo(404);
    assertThat(status(Caller.user(), event).text("code")).isEqualTo("waitlist-entry-not-found");
    Seats.assertInvariant(running, event);
  }

  @Test
  void raisingTheCapacityOffersTheNewSeatsToTheQueue() {
    Caller organizer = scenario.organizer();
    String event = scenario.publishedEvent(organizer, 1);
    scenario.book(Caller.user(), event);
    Caller alice = Caller.user();
    join(alice, event);

    Api.Reply raised =
        running.api.as(organizer).put("/api/v1/events/" + event, Map.of("capacity", 3));

    assertThat(raised.status()).as(raised.body().toString()).isEqualTo(200);
    assertThat(raised.body().path("available").asInt()).isEqualTo(1);
    assertThat(status(alice, event).text("status")).isEqualTo("NOTIFIED");
    Seats.assertInvariant(running, event);
  }

  @Test
  void cancellingTheEventClosesItsQueue() {
    Caller organizer = scenario.organizer();
    String event = scenario.publishedEvent(organizer, 1);
    scenario.book(Caller.user(), event);
    Caller alice = Caller.user();
    join(alice, event);

    running.api.as(organizer).post("/api/v1/events/" + event + "/cancel", "");

    assertThat(status(alice, event).text("status")).isEqualTo("CANCELLED");
    Seats.assertInvariant(running, event);
  }
}
