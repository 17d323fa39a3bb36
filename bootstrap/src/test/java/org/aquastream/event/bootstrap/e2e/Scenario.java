package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the usual starting points through the API: an organizer and its events. */
final class Scenario {
  private final RunningService running;

  Scenario(RunningService running) {
    this.running = running;
  }

  /** An ORGANIZER caller that owns a freshly created organizer. */
  Caller organizer() {
    Caller owner = Caller.organizer();
    Map<String, Object> body =
        Map.of(
            "slug",
            "org-" + UUID.randomUUID().toString().substring(0, 8),
            "name",
            "Blue Lagoon Diving",
            "ownerUserId",
            owner.id().toString());
    Api.Reply created = running.api.as(Caller.admin()).post("/api/v1/organizers", body);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return owner;
  }

  Map<String, Object> eventBody(int capacity, Object price) {
    Instant start = running.clock.now().plus(10, ChronoUnit.DAYS);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "DIVING");
    body.put("title", "Night dive at the reef");
    body.put("description", "Two tanks, torches provided.");
    body.put("dateStart", start.toString());
    body.put("dateEnd", start.plus(3, ChronoUnit.HOURS).toString());
    body.put("location", Map.of("city", "Sochi", "venue", "Pier 3"));
    body.put("price", price);
    body.put("capacity", capacity);
    body.put("tags", List.of("night", "reef"));
    return body;
  }

  /** A DRAFT event of {@code organizer}; returns its id. */
  String draftEvent(Caller organizer, int capacity) {
    Api.Reply created = running.api.as(organizer).post("/api/v1/events", eventBody(capacity, null));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.text("id");
  }

  /** A PUBLISHED free event with {@code capacity} seats; returns its id. */
  String publishedEvent(Caller organizer, int capacity) {
    return publishedEvent(organizer, capacity, null);
  }

  /** A PUBLISHED event with {@code capacity} seats at {@code price} (null: free); its id. */
  String publishedEvent(Caller organizer, int capacity, Object price) {
    Api.Reply created =
        running.api.as(organizer).post("/api/v1/events", eventBody(capacity, price));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    String id = created.text("id");
    Api.Reply published = running.api.as(organizer).post("/api/v1/events/" + id + "/publish", "");
    assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
    return id;
  }

  /**
   * A PUBLISHED event with {@code capacity} seats, of which one booking may take up to {@code
   * maxSeatsPerBooking}, at {@code price} (null: free); its id.
   */
  String publishedPartyEvent(Caller organizer, int capacity, int maxSeatsPerBooking, Object price) {
    Map<String, Object> body = eventBody(capacity, price);
    body.put("maxSeatsPerBooking", maxSeatsPerBooking);
    Api.Reply created = running.api.as(organizer).post("/api/v1/events", body);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    assertThat(created.body().path("maxSeatsPerBooking").asInt()).isEqualTo(maxSeatsPerBooking);
    String id = created.text("id");
    Api.Reply published = running.api.as(organizer).post("/api/v1/events/" + id + "/publish", "");
    assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
    return id;
  }

  /** Books {@code seats} of {@code event} for {@code user}'s party; the answer. */
  Api.Reply bookParty(Caller user, String event, int seats) {
    return running.api.as(user).post("/api/v1/bookings", Map.of("eventId", event, "seats", seats));
  }

  /** Books {@code event} for {@code user}; returns the booking id. */
  String book(Caller user, String event) {
    Api.Reply booked = running.api.as(user).post("/api/v1/bookings", Map.of("eventId", event));
    assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
    return booked.text("id");
  }
}
