package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An organizer's workspace and the public pages built from it, over the real stack. */
class OrganizerWorkspaceJourneyTest {
  private static RunningService running;
  private static Workspace workspace;

  @BeforeAll
  static void start() {
    running = RunningService.start();
    workspace = new Workspace(running);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void theTeamAndFaqAppearOnThePublicPageInTheirOrder() {
    Workspace.Organizer club = workspace.organizer("Blue Lagoon");
    String guide = workspace.teamMember(club, "Guide", 2);
    String founder = workspace.teamMember(club, "Founder", 0);
    running.clock.advance(Duration.ofSeconds(1));
    String skipper = workspace.teamMember(club, "Skipper", 2);
    String lunch = workspace.faqItem(club, "Lunch?", 1);
    running.clock.advance(Duration.ofSeconds(1));
    String wetsuit = workspace.faqItem(club, "Wetsuit?", 0);
    Workspace.Organizer other = workspace.organizer("Elsewhere");
    workspace.teamMember(other, "Stranger", 0);

    Api.Reply page = running.api.as(Caller.guest()).get("/api/v1/organizers/" + club.slug());

    assertThat(page.status()).isEqualTo(200);
    assertThat(ids(page.body().path("teamMembers"))).containsExactly(founder, guide, skipper);
    assertThat(ids(page.body().path("faqItems"))).containsExactly(wetsuit, lunch);
    assertThat(ids(guest("/api/v1/organizers/" + club.slug() + "/team").body()))
        .containsExactly(founder, guide, skipper);
    assertThat(ids(running.api.as(other.owner()).get("/api/v1/organizer/team").body()))
        .as("another organizer sees its own team only")
        .hasSize(1)
        .doesNotContain(founder);

    Api.Reply moved =
        running
            .api
            .as(club.owner())
            .put(
                "/api/v1/organizer/faq/" + lunch,
                Map.of("question", "Lunch?", "answer", "Included.", "sortOrder", 0));
    assertThat(moved.status()).isEqualTo(200);
    assertThat(ids(guest("/api/v1/organizers/" + club.slug() + "/faq").body()))
        .as("same sortOrder: the earlier item first")
        .containsExactly(lunch, wetsuit);

    assertThat(
            running
                .api
                .as(club.owner())
                .send("DELETE", "/api/v1/organizer/team/" + guide, null)
                .status())
        .isEqualTo(204);
    assertThat(ids(guest("/api/v1/organizers/" + club.slug() + "/team").body()))
        .containsExactly(founder, skipper);
  }

  @Test
  void anotherOrganizerCannotTouchTheTeamFaqOrBookings() {
    Workspace.Organizer club = workspace.organizer("Mine");
    Workspace.Organizer rival = workspace.organizer("Rival");
    String member = workspace.teamMember(club, "Anna", 0);
    String event = workspace.publishedEvent(club);
    String booking = workspace.booking(Caller.user(), event);
    Api.Request asRival = running.api.as(rival.owner());

    assertThat(
            asRival
                .put("/api/v1/organizer/team/" + member, Map.of("name", "X", "role", "Y"))
                .status())
        .isEqualTo(403);
    assertThat(asRival.send("DELETE", "/api/v1/organizer/team/" + member, null).status())
        .isEqualTo(403);
    assertThat(asRival.get("/api/v1/organizer/bookings/" + booking).status()).isEqualTo(404);
    assertThat(
            asRival
                .put(
                    "/api/v1/organizer/bookings/" + booking + "/status",
                    Map.of("status", "CANCELLED"))
                .status())
        .isEqualTo(404);
    assertThat(asRival.get("/api/v1/organizer/bookings?eventId=" + event).status()).isEqualTo(403);
    assertThat(asRival.get("/api/v1/organizer/bookings").body().path("total").asLong()).isZero();
    assertThat(
            guest("/api/v1/organizers/" + club.slug() + "/team")
                .body()
                .get(0)
                .path("name")
                .asText())
        .isEqualTo("Anna");
    assertThat(running.count("SELECT count(*) FROM event.bookings WHERE status = 'PENDING'"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void theOrganizerConfirmsCancelsAndRecordsNoShowsAndSeatsComeBack() {
    Workspace.Organizer club = workspace.organizer("Seats Club");
    String event = workspace.publishedEvent(club);
    Caller alice = Caller.user();
    Caller bob = Caller.user();
    Caller carol = Caller.user();
    String aliceBooking = workspace.booking(alice, event);
    String bobBooking = workspace.booking(bob, event);
    workspace.booking(carol, event);
    assertThat(available(event)).isEqualTo(97);
    Api.Request owner = running.api.as(club.owner());

    Api.Reply confirmed = setStatus(owner, aliceBooking, Map.of("status", "CONFIRMED"));
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
    assertThat(available(event)).as("a confirmation keeps the seat").isEqualTo(97);

    Api.Reply cancelled =
        setStatus(owner, bobBooking, Map.of("status", "CANCELLED", "reason", "Storm warning"));
    assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.text("cancelReason")).isEqualTo("Storm warning");
    assertThat(available(event)).isEqualTo(98);
    assertThat(setStatus(owner, bobBooking, Map.of("status", "CONFIRMED")).text("code"))
        .isEqualTo("invalid-state");

    Api.Reply tooEarly = setStatus(owner, aliceBooking, Map.of("status", "NO_SHOW"));
    assertThat(tooEarly.status()).isEqualTo(409);
    running.clock.advance(Duration.ofDays(10).plusMinutes(30));
    assertThat(setStatus(owner, aliceBooking, Map.of("status", "NO_SHOW")).text("status"))
        .isEqualTo("NO_SHOW");
    assertThat(available(event)).isEqualTo(99);
    assertThat(
            running.count(
                "SELECT count(*) FROM event.booking_logs l JOIN event.bookings b"
                    + " ON b.id = l.booking_id WHERE b.event_id = CAST(? AS uuid)"
                    + " AND l.user_id = CAST(? AS uuid)",
                event,
                club.owner().id().toString()))
        .as("each move is logged with the organizer as actor")
        .isEqualTo(3);

    JsonNode stats = owner.get("/api/v1/organizer/bookings/statistics?eventId=" + event).body();
    assertThat(stats.path("totalBookings").asLong()).isEqualTo(3);
    assertThat(stats.path("bookingsByStatus").path("NO_SHOW").asLong()).isEqualTo(1);
    assertThat(stats.path("bookingsByStatus").path("CANCELLED").asLong()).isEqualTo(1);
    assertThat(stats.path("bookingsByStatus").path("PENDING").asLong()).isEqualTo(1);
    assertThat(stats.path("bookingsByStatus").path("EXPIRED").asLong()).isZero();
    assertThat(stats.path("waitlistSize").asLong()).isZero();

    JsonNode list =
        owner.get("/api/v1/organizer/bookings?eventId=" + event + "&status=CANCELLED").body();
    assertThat(ids(list.path("items"))).containsExactly(bobBooking);
  }

  @Test
  void aCursorWalksTheWholeCatalogOnceInOrderEvenWhenEveryEventStartsAtOnce() {
    Workspace.Organizer club = workspace.organizer("Cursor Club");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(workspace.publishedEvent(club));
    }
    String base = "/api/v1/organizers/" + club.slug() + "/events?size=3";

    List<String> seen = new ArrayList<>();
    Api.Reply page = guest(base);
    assertThat(page.body().path("total").asLong()).isEqualTo(7);
    seen.addAll(ids(page.body().path("items")));
    String cursor = page.text("nextCursor");
    int pages = 1;
    while (!cursor.isEmpty() && !"null".equals(cursor)) {
      Api.Reply next = guest(base + "&cursor=" + cursor);
      assertThat(next.status()).isEqualTo(200);
      assertThat(next.body().has("total")).as("keyset pages do not count").isFalse();
      seen.addAll(ids(next.body().path("items")));
      cursor = next.body().path("nextCursor").isNull() ? "" : next.text("nextCursor");
      pages++;
    }

    assertThat(pages).isEqualTo(3);
    // Same start for all seven: the id breaks the tie (PostgreSQL orders uuids like their text).
    assertThat(seen).containsExactlyElementsOf(created.stream().sorted().toList());
  }

  @Test
  void theDirectoryFindsAnOrganizerByItsDescriptionAndCountsItsPublishedEvents() {
    Workspace.Organizer club = workspace.organizer("Directory Club");
    workspace.publishedEvent(club);
    workspace.publishedEvent(club);
    workspace.draftEvent(club);
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("description", "Seakayak tours around Solovki");
    profile.put("brandColor", "#0A84FF");
    assertThat(running.api.as(club.owner()).put("/api/v1/organizer/profile", profile).status())
        .isEqualTo(200);

    JsonNode found = guest("/api/v1/organizers?search=SOLOVKI").body();

    assertThat(found.path("total").asLong()).isEqualTo(1);
    JsonNode card = found.path("items").get(0);
    assertThat(card.path("slug").asText()).isEqualTo(club.slug());
    assertThat(card.path("eventCount").asLong()).isEqualTo(2);
    assertThat(card.path("brandColor").asText()).isEqualTo("#0A84FF");
    assertThat(card.has("ownerUserId")).as("the owner stays private").isFalse();
    assertThat(guest("/api/v1/organizers/" + club.slug()).body().path("events")).hasSize(2);
  }

  @Test
  void favoritesAreIdempotentCountedAndListedLatestFirst() {
    Workspace.Organizer club = workspace.organizer("Fav Club");
    String first = workspace.publishedEvent(club);
    String second = workspace.publishedEvent(club);
    Caller fan = Caller.user();
    Api.Request asFan = running.api.as(fan);

    asFan.post("/api/v1/events/" + first + "/favorite", "");
    asFan.post("/api/v1/events/" + first + "/favorite", "");
    running.clock.advance(Duration.ofSeconds(5));
    Api.Reply marked = asFan.post("/api/v1/events/" + second + "/favorite", "");
    running.api.as(Caller.user()).post("/api/v1/events/" + first + "/favorite", "");

    assertThat(marked.body().path("favorited").asBoolean()).isTrue();
    assertThat(guest("/api/v1/events/" + first + "/favorites/count").body().path("count").asLong())
        .isEqualTo(2);
    assertThat(asFan.get("/api/v1/profile/favorites/count").body().path("count").asLong())
        .isEqualTo(2);
    JsonNode mine = asFan.get("/api/v1/profile/favorites").body();
    List<String> order = new ArrayList<>();
    mine.path("items").forEach(f -> order.add(f.path("eventId").asText()));
    assertThat(order).containsExactly(second, first);
    assertThat(mine.path("items").get(0).path("event").path("title").asText()).isNotBlank();

    asFan.send("DELETE", "/api/v1/events/" + first + "/favorite", null);
    Api.Reply again = asFan.send("DELETE", "/api/v1/events/" + first + "/favorite", null);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("favorited").asBoolean()).isFalse();
    assertThat(
            asFan
                .get("/api/v1/events/" + first + "/favorite/status")
                .body()
                .path("favorited")
                .asBoolean())
        .isFalse();
    assertThat(
            asFan.post("/api/v1/events/" + workspace.draftEvent(club) + "/favorite", "").status())
        .as("a draft cannot be seen, so not marked either")
        .isEqualTo(404);
  }

  private static Api.Reply setStatus(Api.Request owner, String booking, Map<String, Object> body) {
    return owner.put("/api/v1/organizer/bookings/" + booking + "/status", body);
  }

  private static long available(String event) {
    return running.count("SELECT available FROM event.events WHERE id = CAST(? AS uuid)", event);
  }

  private static Api.Reply guest(String path) {
    return running.api.as(Caller.guest()).get(path);
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
