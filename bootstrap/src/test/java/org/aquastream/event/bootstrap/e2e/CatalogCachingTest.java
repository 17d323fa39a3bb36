package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aquastream.event.bootstrap.EventService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The caching rules of the public reads (docs/adr/0028) on the wired service: anonymous answers are
 * public and revalidated with their ETag, anything read with an identity is private, a cached page
 * never shows a draft nor one caller's view to another, writes through an instance show at once on
 * it, and a seat shown by a cached page is still checked when it is booked. Every answer is checked
 * against the OpenAPI document.
 */
class CatalogCachingTest {
  private static RunningService running;
  private static Scenario scenario;
  private static OpenApiContract contract;
  private final List<String> violations = new ArrayList<>();

  @BeforeAll
  static void start() {
    running = RunningService.start();
    scenario = new Scenario(running);
    contract = new OpenApiContract(guest().get("/openapi.json").body());
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static Api.Request guest() {
    return running.api.as(Caller.guest());
  }

  @Test
  void everyPublicReadHasAnETagAndAnAnonymousOneIsPublicForAFewSeconds() {
    Caller organizer = scenario.organizer();
    String event = scenario.publishedEvent(organizer, 5);
    String slug = slugOf(event);

    for (String[] read :
        List.of(
            new String[] {"/api/v1/events", "/api/v1/events?size=5"},
            new String[] {"/api/v1/events/{id}", "/api/v1/events/" + event},
            new String[] {"/api/v1/organizers", "/api/v1/organizers?size=5"},
            new String[] {"/api/v1/organizers/{slug}", "/api/v1/organizers/" + slug},
            new String[] {
              "/api/v1/organizers/{slug}/events", "/api/v1/organizers/" + slug + "/events"
            },
            new String[] {"/api/v1/organizers/{slug}/team", "/api/v1/organizers/" + slug + "/team"},
            new String[] {
              "/api/v1/organizers/{slug}/faq", "/api/v1/organizers/" + slug + "/faq"
            })) {
      Api.Reply anonymous = checked(read[0], guest().get(read[1]));
      Api.Reply identified = checked(read[0], running.api.as(Caller.user()).get(read[1]));
      Api.Reply revalidated =
          checked(
              read[0],
              guest()
                  .header("If-None-Match", anonymous.headers().firstValue("ETag").orElseThrow())
                  .get(read[1]));

      assertThat(anonymous.status()).as(read[1]).isEqualTo(200);
      assertThat(header(anonymous, "Cache-Control")).as(read[1]).isEqualTo("public, max-age=4");
      assertThat(header(anonymous, "Vary")).contains("X-User-Id", "X-User-Role");
      assertThat(header(identified, "Cache-Control")).as(read[1]).isEqualTo("private, no-store");
      assertThat(header(identified, "ETag")).as(read[1]).isEqualTo(header(anonymous, "ETag"));
      assertThat(revalidated.status()).as(read[1]).isEqualTo(304);
      assertThat(header(revalidated, "ETag")).isEqualTo(header(anonymous, "ETag"));
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void aCachedPageNeverShowsADraftAndNeverServesTheOrganizersViewToOthers() {
    Caller organizer = scenario.organizer();
    String draft = scenario.draftEvent(organizer, 5);
    String path = "/api/v1/events/" + draft;

    Api.Reply before = checked("/api/v1/events/{id}", guest().get(path));
    Api.Reply owner = checked("/api/v1/events/{id}", running.api.as(organizer).get(path));
    Api.Reply after = checked("/api/v1/events/{id}", guest().get(path));
    Api.Reply stranger = checked("/api/v1/events/{id}", running.api.as(Caller.user()).get(path));

    assertThat(before.status()).isEqualTo(404);
    assertThat(owner.status()).isEqualTo(200);
    assertThat(owner.text("status")).isEqualTo("DRAFT");
    assertThat(header(owner, "Cache-Control")).isEqualTo("private, no-store");
    assertThat(after.status()).as("the organizer's view is not handed to a guest").isEqualTo(404);
    assertThat(stranger.status()).as("nor to another user").isEqualTo(404);
    assertThat(header(after, "Cache-Control")).as("a refusal is never public").isNull();
    assertThat(catalogIds(guest().get("/api/v1/events?size=100"))).doesNotContain(draft);
    assertThat(violations).isEmpty();
  }

  @Test
  void changesThroughAnInstanceShowOnItAtOnceAndTheOldTagNoLongerMatches() {
    Caller organizer = scenario.organizer();
    String draft = scenario.draftEvent(organizer, 5);
    String slug = slugOf(scenario.publishedEvent(organizer, 5));
    String catalog = "/api/v1/organizers/" + slug + "/events";
    Api.Reply before = guest().get(catalog);
    Api.Reply page = guest().get("/api/v1/organizers/" + slug);

    running.api.as(organizer).post("/api/v1/events/" + draft + "/publish", "");
    Api.Reply published = guest().get(catalog);
    Api.Reply stale = guest().header("If-None-Match", header(before, "ETag")).get(catalog);
    running.api.as(organizer).put("/api/v1/organizer/profile", Map.of("name", "Renamed Club"));
    Api.Reply renamed = guest().get("/api/v1/organizers/" + slug);
    running.api.as(organizer).post("/api/v1/events/" + draft + "/cancel", "");
    Api.Reply cancelled = guest().get(catalog);

    assertThat(catalogIds(before)).doesNotContain(draft);
    assertThat(catalogIds(published)).contains(draft);
    assertThat(stale.status()).isEqualTo(200);
    assertThat(page.text("name")).isNotEqualTo("Renamed Club");
    assertThat(renamed.text("name")).isEqualTo("Renamed Club");
    assertThat(catalogIds(cancelled)).doesNotContain(draft);
  }

  @Test
  void aSeatShownByACachedPageIsStillCheckedWhenItIsBooked() {
    String event = scenario.publishedEvent(scenario.organizer(), 1);
    Api.Reply shown = guest().get("/api/v1/events/" + event);

    scenario.book(Caller.user(), event);
    Api.Reply second =
        running.api.as(Caller.user()).post("/api/v1/bookings", Map.of("eventId", event));
    Api.Reply fresh = running.api.as(Caller.user()).get("/api/v1/events/" + event);

    assertThat(shown.body().path("available").asInt()).isEqualTo(1);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.text("code")).isEqualTo("event-full");
    assertThat(fresh.body().path("available").asInt())
        .as("a caller with an identity reads past the cache")
        .isZero();
  }

  @Test
  void everyInstanceGivesTheSameContentTheSameTag() {
    String event = scenario.publishedEvent(scenario.organizer(), 5);
    String path = "/api/v1/events/" + event;
    try (EventService other = running.anotherInstance(Map.of())) {
      Api.Reply first = guest().get(path);

      Api.Reply fromTheOther =
          new Api(other.port())
              .as(Caller.guest())
              .header("If-None-Match", header(first, "ETag"))
              .get(path);

      assertThat(fromTheOther.status()).isEqualTo(304);
    }
  }

  private Api.Reply checked(String template, Api.Reply reply) {
    violations.addAll(contract.violations("GET", template, reply));
    return reply;
  }

  private static String header(Api.Reply reply, String name) {
    return reply.headers().firstValue(name).orElse(null);
  }

  private static List<String> catalogIds(Api.Reply page) {
    List<String> ids = new ArrayList<>();
    page.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static String slugOf(String event) {
    return guest().get("/api/v1/events/" + event).body().path("organizer").path("slug").asText();
  }
}
