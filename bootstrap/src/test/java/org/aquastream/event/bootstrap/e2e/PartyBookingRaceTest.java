package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.aquastream.event.bootstrap.EventService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parties racing for seats over real HTTP and PostgreSQL: a party gets all its seats or none, never
 * more seats go than the event has, and {@code available} always equals capacity less the seats
 * booked and held.
 */
class PartyBookingRaceTest {
  private static RunningService running;
  private static Scenario scenario;
  private static Caller organizer;

  @BeforeAll
  static void start() {
    // Many bookings a minute from one test; rate limits have tests of their own.
    running = RunningService.start(Map.of("APP_RATE_LIMIT_ENABLED", "false"));
    scenario = new Scenario(running);
    organizer = scenario.organizer();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void twentyPartiesOfThreeRacingForTenSeatsGetExactlyThreeBookingsAndLeaveOneSeat()
      throws Exception {
    String event = scenario.publishedPartyEvent(organizer, 10, 3, null);

    List<Party> replies = partiesAtOnce(List.of(running.api), event, repeat(3, 20));

    assertThat(created(replies)).hasSize(3).allSatisfy(r -> assertThat(r.seats()).isEqualTo(3));
    assertThat(refused(replies))
        .hasSize(17)
        .allSatisfy(
            reply -> {
              assertThat(reply.status()).isEqualTo(409);
              assertThat(reply.text("code")).isEqualTo("event-full");
              assertThat(reply.body().path("available").asInt()).isBetween(0, 2);
            });
    assertThat(available(event)).isEqualTo(1);
    assertThat(bookedSeats(event)).isEqualTo(9);
    Seats.assertInvariant(running, event);
  }

  @Test
  void partiesOfMixedSizesNeverTakeMoreSeatsThanTheEventHas() throws Exception {
    String event = scenario.publishedPartyEvent(organizer, 10, 4, null);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      sizes.add(1 + i % 4);
    }

    List<Party> replies = partiesAtOnce(List.of(running.api), event, sizes);

    long seatsBooked = created(replies).stream().mapToInt(Party::seats).sum();
    assertThat(seatsBooked).isEqualTo(bookedSeats(event)).isBetween(7L, 10L);
    assertThat(available(event)).isEqualTo(10 - seatsBooked);
    assertThat(refused(replies))
        .allSatisfy(
            reply -> {
              assertThat(reply.text("code")).isEqualTo("event-full");
              assertThat(reply.body().path("available").asInt())
                  .isLessThan(reply.seats())
                  .isNotNegative();
            });
    assertThat(
            Seats.count(
                running,
                "SELECT count(*) FROM event.booking_logs l JOIN event.bookings b"
                    + " ON b.id = l.booking_id WHERE b.event_id = ? AND l.action = 'CREATED'",
                event))
        .as("every booking has its audit row")
        .isEqualTo(created(replies).size());
    Seats.assertInvariant(running, event);
  }

  @Test
  void aPartyGettingSmallerWhileOthersBookNeverLosesNorDoublesASeat() throws Exception {
    String event = scenario.publishedPartyEvent(organizer, 4, 4, null);
    Caller family = Caller.user();
    Api.Reply booked = scenario.bookParty(family, event, 4);
    assertThat(booked.status()).isEqualTo(201);
    String bookingId = booked.text("id");
    List<Callable<Api.Reply>> calls = new ArrayList<>();
    calls.add(
        () ->
            running
                .api
                .as(family)
                .put("/api/v1/bookings/" + bookingId + "/seats", Map.of("seats", 1)));
    for (int i = 0; i < 12; i++) {
      Caller single = Caller.user();
      calls.add(() -> scenario.bookParty(single, event, 1));
    }

    List<Api.Reply> replies = AtOnce.run(calls);

    Api.Reply lowered = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
    assertThat(lowered.body().path("seats").asInt()).isEqualTo(1);
    long singles = replies.stream().filter(r -> r.status() == 201).count();
    assertThat(singles).isBetween(0L, 3L);
    assertThat(replies.stream().filter(r -> r.status() == 409))
        .allSatisfy(r -> assertThat(r.text("code")).isEqualTo("event-full"));
    assertThat(bookedSeats(event)).isEqualTo(1 + singles);
    assertThat(available(event)).isEqualTo(3 - singles);
    Seats.assertInvariant(running, event);
  }

  @Test
  void twentyPartiesOfThreeThroughTwoInstancesStillGetExactlyThreeBookings() throws Exception {
    try (EventService other = running.anotherInstance(Map.of("APP_RATE_LIMIT_ENABLED", "false"))) {
      String event = scenario.publishedPartyEvent(organizer, 10, 3, null);

      List<Party> replies =
          partiesAtOnce(List.of(running.api, new Api(other.port())), event, repeat(3, 20));

      assertThat(created(replies)).hasSize(3);
      assertThat(refused(replies))
          .hasSize(17)
          .allSatisfy(r -> assertThat(r.text("code")).isEqualTo("event-full"));
      assertThat(available(event)).isEqualTo(1);
      assertThat(bookedSeats(event)).isEqualTo(9);
      Seats.assertInvariant(running, event);
    }
  }

  /** One answer with the seats its request asked for. */
  private record Party(int seats, Api.Reply reply) {
    int status() {
      return reply.status();
    }

    String text(String field) {
      return reply.text(field);
    }

    com.fasterxml.jackson.databind.JsonNode body() {
      return reply.body();
    }
  }

  private static List<Integer> repeat(int seats, int times) {
    return java.util.Collections.nCopies(times, seats);
  }

  /** Each party (a new user) books its seats at the same instant, spread over {@code apis}. */
  private static List<Party> partiesAtOnce(List<Api> apis, String event, List<Integer> sizes)
      throws Exception {
    List<Callable<Party>> calls = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      Api api = apis.get(i % apis.size());
      int seats = sizes.get(i);
      Caller user = Caller.user();
      calls.add(
          () ->
              new Party(
                  seats,
                  api.as(user).post("/api/v1/bookings", Map.of("eventId", event, "seats", seats))));
    }
    return AtOnce.run(calls);
  }

  private static List<Party> created(List<Party> replies) {
    return replies.stream().filter(r -> r.status() == 201).toList();
  }

  private static List<Party> refused(List<Party> replies) {
    return replies.stream().filter(r -> r.status() != 201).toList();
  }

  private static long available(String event) {
    return running.count("SELECT available FROM event.events WHERE id = ?", UUID.fromString(event));
  }

  private static long bookedSeats(String event) {
    return Seats.count(
        running,
        "SELECT COALESCE(sum(seats), 0) FROM event.bookings"
            + " WHERE event_id = ? AND status IN ('PENDING', 'CONFIRMED')",
        event);
  }
}
