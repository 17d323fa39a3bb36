package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

/** Builds organizers and their workspace content through the API, for the end-to-end tests. */
final class Workspace {
  private final RunningService running;
  private final Scenario scenario;

  Workspace(RunningService running) {
    this.running = running;
    this.scenario = new Scenario(running);
  }

  /** An organizer as the tests need it: its owner, id and slug. */
  record Organizer(Caller owner, String id, String slug) {}

  Organizer organizer(String name) {
    Caller owner = Caller.organizer();
    String slug = "club-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply created =
        running
            .api
            .as(Caller.admin())
            .post(
                "/api/v1/organizers",
                Map.of(
                    "slug",
                    slug,
                    "name",
                    name,
                    "ownerUserId",
                    owner.id().toString(),
                    "description",
                    "Trips on the water"));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return new Organizer(owner, created.text("id"), slug);
  }

  String draftEvent(Organizer organizer) {
    return scenario.draftEvent(organizer.owner(), 100);
  }

  String publishedEvent(Organizer organizer) {
    return scenario.publishedEvent(organizer.owner(), 100);
  }

  /** A published event whose only seat a stranger holds, so its queue is open. */
  String soldOutEvent(Organizer organizer) {
    String event = scenario.publishedEvent(organizer.owner(), 1);
    scenario.book(Caller.user(), event);
    return event;
  }

  /** A sold-out event of {@code organizer} with {@code user} waiting in its queue. */
  String queuedEvent(Organizer organizer, Caller user) {
    String event = soldOutEvent(organizer);
    Api.Reply joined = running.api.as(user).post("/api/v1/events/" + event + "/waitlist", "");
    if (joined.status() != 201) {
      throw new IllegalStateException("could not join the waitlist: " + joined.body());
    }
    return event;
  }

  /**
   * The payment id of a new PENDING booking of {@code user} on a new paid event of {@code
   * organizer} (locally a manual payment: an id, no page).
   */
  String paymentOf(Organizer organizer, Caller user) {
    String event = scenario.publishedEvent(organizer.owner(), 100, 1500);
    Api.Reply booked = running.api.as(user).post("/api/v1/bookings", Map.of("eventId", event));
    assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
    return booked.text("paymentId");
  }

  String booking(Caller user, String event) {
    return scenario.book(user, event);
  }

  String teamMember(Organizer organizer, String name, int sortOrder) {
    return created(
        "/api/v1/organizer/team",
        organizer,
        Map.of("name", name, "role", "Guide", "sortOrder", sortOrder));
  }

  String faqItem(Organizer organizer, String question, int sortOrder) {
    return created(
        "/api/v1/organizer/faq",
        organizer,
        Map.of("question", question, "answer", "Yes.", "sortOrder", sortOrder));
  }

  private String created(String path, Organizer organizer, Map<String, Object> body) {
    Api.Reply reply = running.api.as(organizer.owner()).post(path, body);
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    return reply.text("id");
  }
}
