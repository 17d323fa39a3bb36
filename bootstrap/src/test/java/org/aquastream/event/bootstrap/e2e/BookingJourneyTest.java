package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README walk-through, over the real HTTP port and PostgreSQL. */
class BookingJourneyTest {
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

  @Test
  void anOrganizerPublishesAUserBooksConfirmsAndCancelsAndTheSeatComesBack() {
    Caller organizer = scenario.organizer();
    String event = scenario.draftEvent(organizer, 12);
    assertThat(running.api.as(Caller.guest()).get("/api/v1/events/" + event).status())
        .as("a draft stays hidden from the public")
        .isEqualTo(404);

    Api.Reply published =
        running.api.as(organizer).post("/api/v1/events/" + event + "/publish", "");
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.text("status")).isEqualTo("PUBLISHED");

    Api.Reply catalog = running.api.as(Caller.guest()).get("/api/v1/events?search=night");
    assertThat(catalog.status()).isEqualTo(200);
    assertThat(ids(catalog)).contains(event);

    Caller user = Caller.user();
    Api.Reply booked = running.api.as(user).post("/api/v1/bookings", Map.of("eventId", event));
    assertThat(booked.status()).isEqualTo(201);
    JsonNode booking = booked.body();
    String bookingId = booking.path("id").asText();
    assertThat(booking.path("status").asText()).isEqualTo("PENDING");
    assertThat(booking.path("userId").asText()).isEqualTo(user.id().toString());
    assertThat(booking.path("paymentStatus").asText()).isEqualTo("NOT_REQUIRED");
    assertThat(booking.path("amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(booking.path("event").path("id").asText()).isEqualTo(event);
    assertThat(booking.path("remainingMinutes").asLong()).isEqualTo(5); // dev profile TTL
    assertThat(booking.path("canConfirm").asBoolean()).isTrue();
    assertThat(availableSeats(event)).isEqualTo(11);

    Api.Reply mine = running.api.as(user).get("/api/v1/bookings");
    assertThat(ids(mine)).containsExactly(bookingId);
    assertThat(mine.body().path("total").asLong()).isEqualTo(1);

    Api.Reply confirmed =
        running.api.as(user).put("/api/v1/bookings/" + bookingId + "/confirm", null);
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");

    Api.Reply cancelled =
        running
            .api
            .as(user)
            .put("/api/v1/bookings/" + bookingId + "/cancel", Map.of("reason", "ill"));
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.text("cancelReason")).isEqualTo("ill");
    assertThat(availableSeats(event)).isEqualTo(12);

    assertThat(
            running.count(
                "SELECT count(*) FROM event.booking_logs WHERE booking_id = ?",
                UUID.fromString(bookingId)))
        .as("created, confirmed and cancelled each left an audit row")
        .isEqualTo(3);
  }

  @Test
  void someoneElsesBookingDoesNotExistForYou() {
    String event = scenario.publishedEvent(scenario.organizer(), 5);
    String booking = scenario.book(Caller.user(), event);

    Api.Reply peek = running.api.as(Caller.user()).get("/api/v1/bookings/" + booking);

    assertThat(peek.status()).isEqualTo(404);
    assertThat(peek.text("code")).isEqualTo("booking-not-found");
    assertThat(running.api.as(Caller.admin()).get("/api/v1/bookings/" + booking).status())
        .isEqualTo(200);
  }

  @Test
  void aSecondActiveBookingOfTheSameEventIsRefusedWithTheFirstOnesId() {
    String event = scenario.publishedEvent(scenario.organizer(), 5);
    Caller user = Caller.user();
    String first = scenario.book(user, event);

    Api.Reply second = running.api.as(user).post("/api/v1/bookings", Map.of("eventId", event));

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.text("code")).isEqualTo("booking-exists");
    assertThat(second.text("existingBookingId")).isEqualTo(first);
    assertThat(availableSeats(event)).isEqualTo(4);
  }

  @Test
  void afterCancellingAUserCanBookTheSameEventAgain() {
    String event = scenario.publishedEvent(scenario.organizer(), 5);
    Caller user = Caller.user();
    String first = scenario.book(user, event);
    running.api.as(user).put("/api/v1/bookings/" + first + "/cancel", null);

    String again = scenario.book(user, event);

    assertThat(again).isNotEqualTo(first);
    assertThat(availableSeats(event)).isEqualTo(4);
  }

  @Test
  void aPendingBookingCannotBeConfirmedOnceItsTimeAndGraceHavePassed() {
    String event = scenario.publishedEvent(scenario.organizer(), 5);
    Caller user = Caller.user();
    String booking = scenario.book(user, event);

    running.clock.advance(Duration.ofMinutes(7)); // dev: TTL 5 + grace 1
    try {
      Api.Reply late = running.api.as(user).put("/api/v1/bookings/" + booking + "/confirm", null);
      assertThat(late.status()).isEqualTo(409);
      assertThat(late.text("code")).isEqualTo("invalid-state");
    } finally {
      running.clock.advance(Duration.ofMinutes(-7));
    }
  }

  @Test
  void theSameIdempotencyKeyNeverBooksTwice() {
    String event = scenario.publishedEvent(scenario.organizer(), 5);
    Caller user = Caller.user();
    Api.Request request = running.api.as(user).header("Idempotency-Key", "retry-42");

    Api.Reply first = request.post("/api/v1/bookings", Map.of("eventId", event));
    Api.Reply retry = request.post("/api/v1/bookings", Map.of("eventId", event));
    Api.Reply otherBody =
        request.post(
            "/api/v1/bookings",
            Map.of("eventId", scenario.publishedEvent(scenario.organizer(), 5)));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.text("id")).isEqualTo(first.text("id"));
    assertThat(otherBody.status()).isEqualTo(422);
    assertThat(otherBody.text("code")).isEqualTo("idempotency-key-reused");
    assertThat(running.count("SELECT count(*) FROM event.bookings WHERE user_id = ?", user.id()))
        .isEqualTo(1);
  }

  @Test
  void cancellingAnEventCancelsEveryActiveBookingAndFreesEverySeat() {
    Caller organizer = scenario.organizer();
    String event = scenario.publishedEvent(organizer, 10);
    Caller confirmedUser = Caller.user();
    String confirmed = scenario.book(confirmedUser, event);
    running.api.as(confirmedUser).put("/api/v1/bookings/" + confirmed + "/confirm", null);
    String pending = scenario.book(Caller.user(), event);

    Api.Reply cancelled = running.api.as(organizer).post("/api/v1/events/" + event + "/cancel", "");

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.body().path("available").asInt()).isEqualTo(10);
    for (String booking : new String[] {confirmed, pending}) {
      assertThat(
              running.count(
                  "SELECT count(*) FROM event.bookings WHERE id = ? AND status = 'CANCELLED'"
                      + " AND cancel_reason = 'EVENT_CANCELLED'",
                  UUID.fromString(booking)))
          .isEqualTo(1);
    }
    assertThat(
            running.count(
                "SELECT count(*) FROM event.booking_logs l JOIN event.bookings b"
                    + " ON b.id = l.booking_id WHERE b.event_id = ? AND l.new_status = 'CANCELLED'",
                UUID.fromString(event)))
        .isEqualTo(2);
    Api.Reply lateBooking =
        running.api.as(Caller.user()).post("/api/v1/bookings", Map.of("eventId", event));
    assertThat(lateBooking.status()).isEqualTo(409);
    assertThat(lateBooking.text("code")).isEqualTo("invalid-state");
  }

  @Test
  void anotherOrganizerCannotTouchYourEvent() {
    String event = scenario.publishedEvent(scenario.organizer(), 5);
    Caller stranger = scenario.organizer();

    Api.Reply update =
        running.api.as(stranger).put("/api/v1/events/" + event, Map.of("description", "mine now"));
    Api.Reply cancel = running.api.as(stranger).post("/api/v1/events/" + event + "/cancel", "");

    assertThat(update.status()).isEqualTo(403);
    assertThat(cancel.status()).isEqualTo(403);
    assertThat(running.api.as(Caller.guest()).get("/api/v1/events/" + event).text("status"))
        .isEqualTo("PUBLISHED");
  }

  @Test
  void aPublishedEventsCapacityCannotDropBelowItsBookings() {
    Caller organizer = scenario.organizer();
    String event = scenario.publishedEvent(organizer, 3);
    scenario.book(Caller.user(), event);
    scenario.book(Caller.user(), event);

    Api.Reply tooSmall =
        running.api.as(organizer).put("/api/v1/events/" + event, Map.of("capacity", 1));
    Api.Reply smaller =
        running.api.as(organizer).put("/api/v1/events/" + event, Map.of("capacity", 2));

    assertThat(tooSmall.status()).isEqualTo(409);
    assertThat(smaller.status()).isEqualTo(200);
    assertThat(smaller.body().path("capacity").asInt()).isEqualTo(2);
    assertThat(smaller.body().path("available").asInt()).isZero();
  }

  private static List<String> ids(Api.Reply page) {
    List<String> ids = new ArrayList<>();
    page.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static long availableSeats(String event) {
    return running.count("SELECT available FROM event.events WHERE id = ?", UUID.fromString(event));
  }
}
