package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No insecure direct object references: a user or an organizer who knows (or guesses) the id of
 * something that belongs to someone else, a booking, a waitlist place, an event, a team member or
 * FAQ item, neither sees nor changes it, whichever route and whichever {@code organizerId} they
 * try. Each attempt is refused with the status the contract gives it, and every table of schema
 * {@code event} is byte for byte what it was before the attempt.
 */
class ForeignIdsTest {
  private static final int FORBIDDEN = 403;
  private static final int NOT_FOUND = 404;

  private static RunningService running;
  private static Workspace.Organizer owner;
  private static Workspace.Organizer other;
  private static Caller participant;
  private static Caller stranger;
  private static String event;
  private static String draft;
  private static String soldOut;
  private static String booking;
  private static String teamMember;
  private static String faqItem;

  /** One attempt on someone else's thing and the refusal it must meet. */
  record Attempt(String name, Caller caller, String method, String path, Object body, int status) {}

  @BeforeAll
  static void start() {
    running = RunningService.start(Map.of("APP_RATE_LIMIT_ENABLED", "false"));
    Workspace workspace = new Workspace(running);
    owner = workspace.organizer("Owner Club");
    other = workspace.organizer("Other Club");
    workspace.teamMember(other, "Boris", 0);
    workspace.faqItem(other, "Parking?", 0);
    workspace.publishedEvent(other);
    participant = Caller.user();
    stranger = Caller.user();
    event = workspace.publishedEvent(owner);
    draft = workspace.draftEvent(owner);
    booking = workspace.booking(participant, event);
    soldOut = workspace.queuedEvent(owner, participant);
    teamMember = workspace.teamMember(owner, "Anna", 0);
    faqItem = workspace.faqItem(owner, "Wetsuit?", 0);
    running.api.as(participant).post("/api/v1/events/" + event + "/favorite", "");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  static List<Attempt> attempts() {
    Caller rival = other.owner();
    String asOwner = "?organizerId=" + owner.id();
    String asRival = "?organizerId=" + other.id();
    return List.of(
        // Another user's booking and waitlist place.
        new Attempt("read", stranger, "GET", "/api/v1/bookings/" + booking, null, NOT_FOUND),
        new Attempt(
            "cancel", stranger, "PUT", "/api/v1/bookings/" + booking + "/cancel", "{}", NOT_FOUND),
        new Attempt(
            "confirm", stranger, "PUT", "/api/v1/bookings/" + booking + "/confirm", "", NOT_FOUND),
        new Attempt(
            "leave their queue",
            stranger,
            "DELETE",
            "/api/v1/events/" + soldOut + "/waitlist",
            null,
            NOT_FOUND),
        new Attempt(
            "read their queue place",
            stranger,
            "GET",
            "/api/v1/events/" + soldOut + "/waitlist/status",
            null,
            NOT_FOUND),
        new Attempt(
            "an organizer reads a user's booking as a user",
            rival,
            "GET",
            "/api/v1/bookings/" + booking,
            null,
            NOT_FOUND),
        // Another organizer's bookings.
        new Attempt("read", rival, "GET", "/api/v1/organizer/bookings/" + booking, null, NOT_FOUND),
        new Attempt(
            "cancel",
            rival,
            "PUT",
            "/api/v1/organizer/bookings/" + booking + "/status",
            Map.of("status", "CANCELLED", "reason", "mine now"),
            NOT_FOUND),
        new Attempt(
            "list by naming the owner",
            rival,
            "GET",
            "/api/v1/organizer/bookings" + asOwner,
            null,
            FORBIDDEN),
        new Attempt(
            "list by naming the event",
            rival,
            "GET",
            "/api/v1/organizer/bookings?eventId=" + event,
            null,
            FORBIDDEN),
        new Attempt(
            "statistics of the event",
            rival,
            "GET",
            "/api/v1/organizer/bookings/statistics?eventId=" + event,
            null,
            FORBIDDEN),
        // Another organizer's events.
        new Attempt(
            "update",
            rival,
            "PUT",
            "/api/v1/events/" + event,
            Map.of("description", "taken over"),
            FORBIDDEN),
        new Attempt(
            "publish the draft",
            rival,
            "POST",
            "/api/v1/events/" + draft + "/publish",
            "",
            FORBIDDEN),
        new Attempt("cancel", rival, "POST", "/api/v1/events/" + event + "/cancel", "", FORBIDDEN),
        new Attempt(
            "offer its seats to the queue",
            rival,
            "POST",
            "/api/v1/events/" + soldOut + "/waitlist/notify",
            "",
            FORBIDDEN),
        new Attempt("read the draft", rival, "GET", "/api/v1/events/" + draft, null, NOT_FOUND),
        new Attempt(
            "a user reads the draft", stranger, "GET", "/api/v1/events/" + draft, null, NOT_FOUND),
        new Attempt(
            "create one for the owner",
            rival,
            "POST",
            "/api/v1/events",
            eventFor(owner.id()),
            FORBIDDEN),
        new Attempt(
            "list the owner's events",
            rival,
            "GET",
            "/api/v1/organizer/events" + asOwner,
            null,
            FORBIDDEN),
        // Another organizer's profile, team and FAQ.
        new Attempt(
            "edit the profile",
            rival,
            "PUT",
            "/api/v1/organizer/profile" + asOwner,
            Map.of("name", "Hijacked"),
            FORBIDDEN),
        new Attempt(
            "replace a team member",
            rival,
            "PUT",
            "/api/v1/organizer/team/" + teamMember,
            Map.of("name", "Mallory", "role", "Owner"),
            FORBIDDEN),
        new Attempt(
            "replace a team member in its own scope",
            rival,
            "PUT",
            "/api/v1/organizer/team/" + teamMember + asRival,
            Map.of("name", "Mallory", "role", "Owner"),
            FORBIDDEN),
        new Attempt(
            "remove a team member",
            rival,
            "DELETE",
            "/api/v1/organizer/team/" + teamMember,
            null,
            FORBIDDEN),
        new Attempt(
            "add to the team",
            rival,
            "POST",
            "/api/v1/organizer/team" + asOwner,
            Map.of("name", "Mallory", "role", "Spy"),
            FORBIDDEN),
        new Attempt(
            "replace a FAQ item",
            rival,
            "PUT",
            "/api/v1/organizer/faq/" + faqItem,
            Map.of("question", "Free?", "answer", "Yes"),
            FORBIDDEN),
        new Attempt(
            "remove a FAQ item",
            rival,
            "DELETE",
            "/api/v1/organizer/faq/" + faqItem,
            null,
            FORBIDDEN),
        new Attempt(
            "read the team list of the workspace",
            rival,
            "GET",
            "/api/v1/organizer/team" + asOwner,
            null,
            FORBIDDEN),
        // The operations endpoints are an ADMIN's, whatever else a caller may do.
        new Attempt(
            "run the expiry job", rival, "POST", "/internal/jobs/expire-bookings", "", FORBIDDEN),
        new Attempt(
            "run the waitlist job",
            rival,
            "POST",
            "/internal/jobs/process-waitlist?eventId=" + soldOut,
            "",
            FORBIDDEN),
        new Attempt(
            "complete events",
            participant,
            "POST",
            "/internal/jobs/complete-events",
            "",
            FORBIDDEN));
  }

  @TestFactory
  Stream<DynamicTest> nobodyReachesWhatBelongsToSomeoneElse() {
    return attempts().stream()
        .map(
            attempt ->
                DynamicTest.dynamicTest(
                    attempt.method() + " " + attempt.path() + ": " + attempt.name(),
                    () -> {
                      TableSnapshot before = TableSnapshot.of(running.database.dataSource());

                      Api.Reply reply =
                          running
                              .api
                              .as(attempt.caller())
                              .send(attempt.method(), attempt.path(), attempt.body());

                      assertThat(reply.status())
                          .as(reply.body().toString())
                          .isEqualTo(attempt.status());
                      assertThat(reply.contentType()).startsWith("application/problem+json");
                      assertThat(reply.body().toString())
                          .as("the refusal tells nothing of the thing")
                          .doesNotContain(participant.id().toString());
                      assertThat(TableSnapshot.of(running.database.dataSource())).isEqualTo(before);
                    }));
  }

  @Test
  void listsShowOnlyTheCallersOwnBookingsQueuePlacesAndFavorites() {
    for (String list :
        List.of("/api/v1/bookings", "/api/v1/waitlist", "/api/v1/profile/favorites")) {
      Api.Reply mine = running.api.as(participant).get(list);
      Api.Reply theirs = running.api.as(stranger).get(list);

      assertThat(mine.body().path("items")).as(list).isNotEmpty();
      assertThat(theirs.status()).isEqualTo(200);
      assertThat(theirs.body().path("items")).as(list).isEmpty();
    }
  }

  @Test
  void anOrganizersListsShowOnlyItsOwnBookingsAndWorkspace() {
    Api.Reply bookings = running.api.as(other.owner()).get("/api/v1/organizer/bookings");
    Api.Reply team = running.api.as(other.owner()).get("/api/v1/organizer/team");
    Api.Reply faq = running.api.as(other.owner()).get("/api/v1/organizer/faq");

    assertThat(bookings.body().toString()).doesNotContain(booking);
    assertThat(team.body().toString()).contains("Boris").doesNotContain(teamMember);
    assertThat(faq.body().toString()).contains("Parking?").doesNotContain(faqItem);
  }

  @Test
  void healthDetailsArePoolNumbersForAnAdminOnly() {
    Api.Reply organizer = running.api.as(other.owner()).get("/actuator/health");
    Api.Reply admin = running.api.as(Caller.admin()).get("/actuator/health");

    assertThat(organizer.body().path("components").path("db").has("details")).isFalse();
    assertThat(admin.body().path("components").path("db").has("details")).isTrue();
  }

  private static Map<String, Object> eventFor(String organizerId) {
    Map<String, Object> body = new Scenario(running).eventBody(10, null);
    body.put("organizerId", organizerId);
    return body;
  }
}
