package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parties in an event's queue over the real HTTP port and PostgreSQL: freed seats are held first
 * fit in join order, a larger party keeps its place until enough seats are free, and a notified
 * party books its held seats or fewer.
 */
class PartyWaitlistJourneyTest {
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

  private static Api.Reply join(Caller user, String event, int seats) {
    return running
        .api
        .as(user)
        .post("/api/v1/events/" + event + "/waitlist", Map.of("seats", seats));
  }

  private static String statusOf(Caller user, String event) {
    return running.api.as(user).get("/api/v1/events/" + event + "/waitlist/status").text("status");
  }

  private static int available(Caller user, String event) {
    return running.api.as(user).get("/api/v1/events/" + event).body().path("available").asInt();
  }

  @Test
  void freedSeatsGoFirstFitAndTheLargerPartyIsServedOnceEnoughAreFree() {
    String event = scenario.publishedPartyEvent(scenario.organizer(), 4, 4, null);
    Caller family = Caller.user();
    Caller trio = Caller.user();
    Caller single = Caller.user();
    Api.Reply familyBooking = scenario.bookParty(family, event, 4);
    assertThat(familyBooking.status()).isEqualTo(201);
    String booking = familyBooking.text("id");

    Api.Reply tooMany = scenario.bookParty(trio, event, 3);
    assertThat(tooMany.status()).isEqualTo(409);
    assertThat(tooMany.text("code")).isEqualTo("event-full");
    assertThat(tooMany.body().path("available").asInt()).isZero();
    Api.Reply trioJoined = join(trio, event, 3);
    assertThat(trioJoined.status()).as(trioJoined.body().toString()).isEqualTo(201);
    assertThat(trioJoined.body().path("seats").asInt()).isEqualTo(3);
    assertThat(join(single, event, 1).body().path("position").asInt()).isEqualTo(2);

    Api.Reply lowered =
        running.api.as(family).put("/api/v1/bookings/" + booking + "/seats", Map.of("seats", 2));
    assertThat(lowered.status()).as(lowered.body().toString()).isEqualTo(200);
    assertThat(lowered.body().path("seats").asInt()).isEqualTo(2);

    // Two seats free: the trio does not fit and keeps its place, the single behind it does.
    assertThat(statusOf(trio, event)).isEqualTo("WAITING");
    assertThat(statusOf(single, event)).isEqualTo("NOTIFIED");
    assertThat(available(family, event)).isEqualTo(1);
    Seats.assertInvariant(running, event);

    running.api.as(family).put("/api/v1/bookings/" + booking + "/cancel", null);

    // The two seats freed and the one already free make three: the trio's turn.
    assertThat(statusOf(trio, event)).isEqualTo("NOTIFIED");
    assertThat(available(family, event)).isZero();
    Seats.assertInvariant(running, event);

    Api.Reply trioBooked = scenario.bookParty(trio, event, 2);
    assertThat(trioBooked.status()).as(trioBooked.body().toString()).isEqualTo(201);
    assertThat(trioBooked.body().path("seats").asInt()).isEqualTo(2);
    assertThat(statusOf(trio, event)).isEqualTo("CONFIRMED");
    assertThat(available(family, event)).as("the seat the trio did not need").isEqualTo(1);
    Seats.assertInvariant(running, event);
    assertThat(
            Seats.count(
                running,
                "SELECT count(*) FROM event.outbox WHERE payload->>'template' ="
                    + " 'waitlist.slot_available' AND payload->'data'->>'eventId' = CAST(? AS text)",
                event))
        .as("one offer per party served")
        .isEqualTo(2);
  }

  @Test
  void badSeatsAreRefusedNamingThemAndNothingIsQueuedOrBooked() {
    String event = scenario.publishedPartyEvent(scenario.organizer(), 4, 2, null);
    Caller user = Caller.user();

    for (Object seats : new Object[] {0, -1, 3, "two", 1.5}) {
      Api.Reply booked =
          running.api.as(user).post("/api/v1/bookings", Map.of("eventId", event, "seats", seats));
      assertThat(booked.status()).as("seats %s", seats).isEqualTo(400);
      assertThat(booked.body().path("errors").get(0).path("field").asText()).isEqualTo("seats");
      Api.Reply joined = join(Caller.user(), event, 0);
      assertThat(joined.status()).isEqualTo(400);
    }
    Api.Reply booked = scenario.bookParty(user, event, 2);
    String id = booked.text("id");
    Api.Reply raised =
        running.api.as(user).put("/api/v1/bookings/" + id + "/seats", Map.of("seats", 3));
    assertThat(raised.status()).isEqualTo(400);
    assertThat(raised.body().path("errors").get(0).path("field").asText()).isEqualTo("seats");
    assertThat(running.api.as(user).get("/api/v1/bookings/" + id).body().path("seats").asInt())
        .isEqualTo(2);
    assertThat(available(user, event)).isEqualTo(2);
    assertThat(
            Seats.count(running, "SELECT count(*) FROM event.waitlist WHERE event_id = ?", event))
        .isZero();
    Seats.assertInvariant(running, event);
  }
}
