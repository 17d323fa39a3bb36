package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint × every kind of caller, on the real stack: a guest, a user, the ORGANIZER that
 * owns the organizer the request is about, an ORGANIZER that owns another one, and an ADMIN. Each
 * answer's status is the one in the table, and each answer matches the OpenAPI document. Organizer
 * workspace requests name the owner's organizer ({@code organizerId}), so that the other organizer
 * is refused and the ADMIN acts for the owner.
 */
class RoleMatrixTest {
  private static final int OK = 200;
  private static final int CREATED = 201;
  private static final int NO_CONTENT = 204;
  private static final int UNAUTHORIZED = 401;
  private static final int FORBIDDEN = 403;
  private static final int NOT_FOUND = 404;

  private static RunningService running;
  private static Workspace workspace;
  private static OpenApiContract contract;
  private static Workspace.Organizer owner;
  private static Workspace.Organizer other;
  private static Caller participant;
  private static String event;
  private static String draft;
  private static String booking;
  private static String teamMember;
  private static String faqItem;

  /** Who calls. */
  enum Role {
    GUEST,
    USER,
    OWNER,
    OTHER_ORGANIZER,
    ADMIN
  }

  /** One endpoint: how to call it, and the status each caller gets. */
  record Row(
      String method,
      String template,
      Supplier<String> path,
      Supplier<Object> body,
      Map<Role, Integer> expected) {}

  @BeforeAll
  static void start() {
    // One participant books far more than 10 times a minute here; limits have tests of their own.
    running = RunningService.start(Map.of("APP_RATE_LIMIT_ENABLED", "false"));
    workspace = new Workspace(running);
    contract = new OpenApiContract(running.api.as(Caller.guest()).get("/openapi.json").body());
    owner = workspace.organizer("Owner Club");
    other = workspace.organizer("Other Club");
    participant = Caller.user();
    event = workspace.publishedEvent(owner);
    draft = workspace.draftEvent(owner);
    booking = workspace.booking(participant, event);
    teamMember = workspace.teamMember(owner, "Anna", 0);
    faqItem = workspace.faqItem(owner, "Wetsuit?", 0);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  static List<Row> rows() {
    String api = "/api/v1";
    String asOwner = "?organizerId=" + owner.id();
    List<Row> rows = new ArrayList<>();
    // The public catalog and organizer pages.
    rows.add(get(api + "/organizers", () -> api + "/organizers", all(OK)));
    rows.add(get(api + "/organizers/{slug}", () -> api + "/organizers/" + owner.slug(), all(OK)));
    rows.add(
        get(
            api + "/organizers/{slug}/events",
            () -> api + "/organizers/" + owner.slug() + "/events",
            all(OK)));
    rows.add(
        get(
            api + "/organizers/{slug}/team",
            () -> api + "/organizers/" + owner.slug() + "/team",
            all(OK)));
    rows.add(
        get(
            api + "/organizers/{slug}/faq",
            () -> api + "/organizers/" + owner.slug() + "/faq",
            all(OK)));
    rows.add(get(api + "/events", () -> api + "/events", all(OK)));
    rows.add(get(api + "/events/{id}", () -> api + "/events/" + event, all(OK)));
    rows.add(
        get(
            api + "/events/{id}/favorites/count",
            () -> api + "/events/" + event + "/favorites/count",
            all(OK)));
    // Administration.
    rows.add(
        new Row(
            "POST",
            api + "/organizers",
            () -> api + "/organizers",
            () ->
                Map.of(
                    "slug",
                    "club-" + UUID.randomUUID().toString().substring(0, 8),
                    "name",
                    "New Club",
                    "ownerUserId",
                    UUID.randomUUID().toString()),
            expect(UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, CREATED)));
    // An organizer's events.
    rows.add(
        new Row(
            "POST",
            api + "/events",
            () -> api + "/events",
            RoleMatrixTest::eventForOwner,
            organizerOnly(CREATED, FORBIDDEN)));
    rows.add(
        new Row(
            "PUT",
            api + "/events/{id}",
            () -> api + "/events/" + draft,
            () -> Map.of("description", "Bring a torch"),
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        post(
            api + "/events/{id}/publish",
            () -> api + "/events/" + workspace.draftEvent(owner) + "/publish",
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        post(
            api + "/events/{id}/cancel",
            () -> api + "/events/" + workspace.publishedEvent(owner) + "/cancel",
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        get(
            api + "/organizer/events",
            () -> api + "/organizer/events" + asOwner,
            organizerOnly(OK, FORBIDDEN)));
    // A user's bookings (the USER is the participant who booked).
    rows.add(
        new Row(
            "POST",
            api + "/bookings",
            () -> api + "/bookings",
            () -> Map.of("eventId", workspace.publishedEvent(owner)),
            expect(UNAUTHORIZED, CREATED, CREATED, CREATED, CREATED)));
    rows.add(get(api + "/bookings", () -> api + "/bookings", signedIn(OK)));
    rows.add(
        get(
            api + "/bookings/{id}",
            () -> api + "/bookings/" + booking,
            expect(UNAUTHORIZED, OK, NOT_FOUND, NOT_FOUND, OK)));
    rows.add(
        put(
            api + "/bookings/{id}/confirm",
            () -> api + "/bookings/" + freshBooking() + "/confirm",
            expect(UNAUTHORIZED, OK, NOT_FOUND, NOT_FOUND, OK)));
    rows.add(
        put(
            api + "/bookings/{id}/cancel",
            () -> api + "/bookings/" + freshBooking() + "/cancel",
            expect(UNAUTHORIZED, OK, NOT_FOUND, NOT_FOUND, OK)));
    rows.add(
        new Row(
            "PUT",
            api + "/bookings/{id}/seats",
            () -> api + "/bookings/" + freshBooking() + "/seats",
            () -> Map.of("seats", 1),
            expect(UNAUTHORIZED, OK, NOT_FOUND, NOT_FOUND, OK)));
    // The waitlist (the USER is the participant; the others are not queued).
    rows.add(
        post(
            api + "/events/{id}/waitlist",
            () -> api + "/events/" + workspace.soldOutEvent(owner) + "/waitlist",
            signedIn(CREATED)));
    rows.add(
        new Row(
            "DELETE",
            api + "/events/{id}/waitlist",
            () -> api + "/events/" + workspace.queuedEvent(owner, participant) + "/waitlist",
            () -> null,
            expect(UNAUTHORIZED, NO_CONTENT, NOT_FOUND, NOT_FOUND, NOT_FOUND)));
    rows.add(
        get(
            api + "/events/{id}/waitlist/status",
            () -> api + "/events/" + workspace.queuedEvent(owner, participant) + "/waitlist/status",
            expect(UNAUTHORIZED, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND)));
    rows.add(
        post(
            api + "/events/{id}/waitlist/notify",
            () -> api + "/events/" + workspace.soldOutEvent(owner) + "/waitlist/notify",
            organizerOnly(OK, FORBIDDEN)));
    rows.add(get(api + "/waitlist", () -> api + "/waitlist", signedIn(OK)));
    // Favorites.
    rows.add(
        post(
            api + "/events/{id}/favorite",
            () -> api + "/events/" + event + "/favorite",
            signedIn(OK)));
    rows.add(
        new Row(
            "DELETE",
            api + "/events/{id}/favorite",
            () -> api + "/events/" + event + "/favorite",
            () -> null,
            signedIn(OK)));
    rows.add(
        get(
            api + "/events/{id}/favorite/status",
            () -> api + "/events/" + event + "/favorite/status",
            signedIn(OK)));
    rows.add(get(api + "/profile/favorites", () -> api + "/profile/favorites", signedIn(OK)));
    rows.add(
        get(
            api + "/profile/favorites/count",
            () -> api + "/profile/favorites/count",
            signedIn(OK)));
    // The organizer workspace.
    rows.add(
        new Row(
            "PUT",
            api + "/organizer/profile",
            () -> api + "/organizer/profile" + asOwner,
            () -> Map.of("description", "Rafting since 2001"),
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        get(
            api + "/organizer/team",
            () -> api + "/organizer/team" + asOwner,
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        new Row(
            "POST",
            api + "/organizer/team",
            () -> api + "/organizer/team" + asOwner,
            () -> Map.of("name", "Ivan", "role", "Skipper"),
            organizerOnly(CREATED, FORBIDDEN)));
    rows.add(
        new Row(
            "PUT",
            api + "/organizer/team/{id}",
            () -> api + "/organizer/team/" + teamMember,
            () -> Map.of("name", "Anna", "role", "Head guide"),
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        new Row(
            "DELETE",
            api + "/organizer/team/{id}",
            () -> api + "/organizer/team/" + workspace.teamMember(owner, "Temp", 9),
            () -> null,
            organizerOnly(NO_CONTENT, FORBIDDEN)));
    rows.add(
        get(
            api + "/organizer/faq",
            () -> api + "/organizer/faq" + asOwner,
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        new Row(
            "POST",
            api + "/organizer/faq",
            () -> api + "/organizer/faq" + asOwner,
            () -> Map.of("question", "Lunch?", "answer", "Included."),
            organizerOnly(CREATED, FORBIDDEN)));
    rows.add(
        new Row(
            "PUT",
            api + "/organizer/faq/{id}",
            () -> api + "/organizer/faq/" + faqItem,
            () -> Map.of("question", "Wetsuit?", "answer", "We lend one."),
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        new Row(
            "DELETE",
            api + "/organizer/faq/{id}",
            () -> api + "/organizer/faq/" + workspace.faqItem(owner, "Temp?", 9),
            () -> null,
            organizerOnly(NO_CONTENT, FORBIDDEN)));
    // The bookings of an organizer's events: another organizer's booking is not found.
    rows.add(
        get(
            api + "/organizer/bookings",
            () -> api + "/organizer/bookings" + asOwner,
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        get(
            api + "/organizer/bookings/statistics",
            () -> api + "/organizer/bookings/statistics" + asOwner + "&eventId=" + event,
            organizerOnly(OK, FORBIDDEN)));
    rows.add(
        get(
            api + "/organizer/bookings/{id}",
            () -> api + "/organizer/bookings/" + booking,
            organizerOnly(OK, NOT_FOUND)));
    rows.add(
        new Row(
            "PUT",
            api + "/organizer/bookings/{id}/status",
            () -> api + "/organizer/bookings/" + freshBooking() + "/status",
            () -> Map.of("status", "CONFIRMED"),
            organizerOnly(OK, NOT_FOUND)));
    // Payment callbacks: signed by the Payment Service (tested on their own) or sent by an ADMIN;
    // anyone else is 401, whatever their role.
    rows.add(
        new Row(
            "PUT",
            api + "/bookings/payment/{paymentId}/status",
            () -> api + "/bookings/payment/" + workspace.paymentOf(owner, participant) + "/status",
            () -> Map.of("paymentStatus", "SUBMITTED"),
            callbackOnly(OK)));
    rows.add(
        put(
            api + "/bookings/payment/{paymentId}/confirm",
            () -> api + "/bookings/payment/" + workspace.paymentOf(owner, participant) + "/confirm",
            callbackOnly(OK)));
    // The jobs, run now by an ADMIN, and how they went.
    rows.add(
        post(
            "/internal/jobs/expire-bookings",
            () -> "/internal/jobs/expire-bookings",
            adminOnly(OK)));
    rows.add(
        post(
            "/internal/jobs/process-waitlist",
            () -> "/internal/jobs/process-waitlist?eventId=" + event,
            adminOnly(OK)));
    rows.add(
        post(
            "/internal/jobs/complete-events",
            () -> "/internal/jobs/complete-events",
            adminOnly(OK)));
    rows.add(
        post("/internal/jobs/relay-outbox", () -> "/internal/jobs/relay-outbox", adminOnly(OK)));
    rows.add(get("/actuator/scheduledtasks", () -> "/actuator/scheduledtasks", all(OK)));
    // Operations: open to every caller (probes send no identity).
    rows.add(get("/actuator/health", () -> "/actuator/health", all(OK)));
    rows.add(get("/actuator/health/liveness", () -> "/actuator/health/liveness", all(OK)));
    rows.add(get("/actuator/health/readiness", () -> "/actuator/health/readiness", all(OK)));
    rows.add(get("/actuator/info", () -> "/actuator/info", all(OK)));
    rows.add(get("/actuator/metrics", () -> "/actuator/metrics", all(OK)));
    rows.add(
        get(
            "/actuator/metrics/{name}",
            () -> "/actuator/metrics/aquastream.bookings.created",
            all(OK)));
    rows.add(get("/actuator/prometheus", () -> "/actuator/prometheus", all(OK)));
    // This document and its page.
    rows.add(get("/openapi.json", () -> "/openapi.json", all(OK)));
    rows.add(get("/docs", () -> "/docs", all(OK)));
    rows.add(get("/docs/{asset}", () -> "/docs/swagger-ui.css", all(OK)));
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheTableSays() {
    return rows().stream()
        .flatMap(
            row ->
                Stream.of(Role.values())
                    .map(
                        role ->
                            DynamicTest.dynamicTest(
                                row.method() + " " + row.template() + " as " + role,
                                () -> check(row, role))));
  }

  @Test
  void theTableCoversEveryRegisteredRoute() {
    Set<String> registered = new TreeSet<>();
    running.service.routes().forEach(r -> registered.add(r.method() + " " + r.path()));
    Set<String> covered = new TreeSet<>();
    rows().forEach(row -> covered.add(row.method() + " " + row.template()));

    assertThat(covered).isEqualTo(registered);
  }

  private static void check(Row row, Role role) {
    Api.Reply reply =
        running.api.as(caller(role)).send(row.method(), row.path().get(), row.body().get());

    assertThat(reply.status())
        .as("%s %s", row.method(), reply.body())
        .isEqualTo(row.expected().get(role));
    assertThat(contract.violations(row.method(), row.template(), reply)).isEmpty();
  }

  private static Caller caller(Role role) {
    return switch (role) {
      case GUEST -> Caller.guest();
      case USER -> participant;
      case OWNER -> owner.owner();
      case OTHER_ORGANIZER -> other.owner();
      case ADMIN -> Caller.admin();
    };
  }

  /** A new PENDING booking of the participant, on a new event of the owner. */
  private static String freshBooking() {
    return workspace.booking(participant, workspace.publishedEvent(owner));
  }

  private static Map<String, Object> eventForOwner() {
    Map<String, Object> body = new Scenario(running).eventBody(10, null);
    body.put("organizerId", owner.id());
    return body;
  }

  private static Row get(String template, Supplier<String> path, Map<Role, Integer> expected) {
    return new Row("GET", template, path, () -> null, expected);
  }

  private static Row post(String template, Supplier<String> path, Map<Role, Integer> expected) {
    return new Row("POST", template, path, () -> "", expected);
  }

  private static Row put(String template, Supplier<String> path, Map<Role, Integer> expected) {
    return new Row("PUT", template, path, () -> null, expected);
  }

  private static Map<Role, Integer> all(int status) {
    return expect(status, status, status, status, status);
  }

  private static Map<Role, Integer> adminOnly(int status) {
    return expect(UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, status);
  }

  private static Map<Role, Integer> callbackOnly(int status) {
    return expect(UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, status);
  }

  private static Map<Role, Integer> signedIn(int status) {
    return expect(UNAUTHORIZED, status, status, status, status);
  }

  /** Refused below ORGANIZER; {@code foreign} for an organizer that does not own the thing. */
  private static Map<Role, Integer> organizerOnly(int ownerStatus, int foreign) {
    return expect(UNAUTHORIZED, FORBIDDEN, ownerStatus, foreign, ownerStatus);
  }

  private static Map<Role, Integer> expect(
      int guest, int user, int ownerStatus, int otherOrganizer, int admin) {
    return Map.of(
        Role.GUEST, guest,
        Role.USER, user,
        Role.OWNER, ownerStatus,
        Role.OTHER_ORGANIZER, otherOrganizer,
        Role.ADMIN, admin);
  }
}
