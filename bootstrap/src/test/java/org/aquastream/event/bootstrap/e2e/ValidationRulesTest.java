package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every validation rule of the catalog, the organizer workspace and favorites: a request that
 * breaks it is answered 400 {@code validation-error} naming the offending input in {@code errors}
 * and matches the OpenAPI document.
 */
class ValidationRulesTest {
  private static RunningService running;
  private static OpenApiContract contract;
  private static Workspace.Organizer organizer;
  private static Caller user;
  private static String teamMember;
  private static String faqItem;
  private static String booking;

  /** One broken rule: the request, who sends it, and the input the answer must name. */
  record Rule(
      String name,
      String method,
      String template,
      Supplier<String> path,
      Supplier<Object> body,
      Supplier<Caller> caller,
      String field) {}

  @BeforeAll
  static void start() {
    running = RunningService.start();
    contract = new OpenApiContract(running.api.as(Caller.guest()).get("/openapi.json").body());
    Workspace workspace = new Workspace(running);
    organizer = workspace.organizer("Rules Club");
    user = Caller.user();
    teamMember = workspace.teamMember(organizer, "Anna", 0);
    faqItem = workspace.faqItem(organizer, "Wetsuit?", 0);
    booking = workspace.booking(user, workspace.publishedEvent(organizer));
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    // The catalog.
    catalog(rules, "/api/v1/events", () -> "/api/v1/events");
    catalog(
        rules,
        "/api/v1/organizers/{slug}/events",
        () -> "/api/v1/organizers/" + organizer.slug() + "/events");
    query(rules, "/api/v1/organizers", "size=101", "size");
    query(rules, "/api/v1/organizers", "page=-1", "page");
    query(rules, "/api/v1/organizers", "search=" + "x".repeat(201), "search");
    rules.add(
        guestGet(
            "an event id that is no UUID",
            "/api/v1/events/{id}/favorites/count",
            "/api/v1/events/42/favorites/count",
            "id"));
    // Team members: POST and PUT share every rule.
    teamRules(rules, "POST", "/api/v1/organizer/team", () -> "/api/v1/organizer/team");
    teamRules(
        rules, "PUT", "/api/v1/organizer/team/{id}", () -> "/api/v1/organizer/team/" + teamMember);
    rules.add(
        asOwner(
            "a team member id that is no UUID",
            "DELETE",
            "/api/v1/organizer/team/{id}",
            () -> "/api/v1/organizer/team/nope",
            null,
            "id"));
    // FAQ items.
    faqRules(rules, "POST", "/api/v1/organizer/faq", () -> "/api/v1/organizer/faq");
    faqRules(rules, "PUT", "/api/v1/organizer/faq/{id}", () -> "/api/v1/organizer/faq/" + faqItem);
    // The profile.
    String profile = "/api/v1/organizer/profile";
    profileRule(rules, "name", null, "name");
    profileRule(rules, "name", "", "name");
    profileRule(rules, "name", "x".repeat(256), "name");
    profileRule(rules, "logoUrl", "logo.png", "logoUrl");
    profileRule(rules, "logoUrl", "https://cdn.example.org/" + "x".repeat(477), "logoUrl");
    profileRule(rules, "description", "x".repeat(10_001), "description");
    profileRule(rules, "brandColor", "blue", "brandColor");
    profileRule(rules, "brandColor", "#12345", "brandColor");
    profileRule(rules, "contacts", Map.of("email", "not-an-email"), "contacts.email");
    profileRule(rules, "contacts", Map.of("website", "ftp://files"), "contacts.website");
    profileRule(rules, "contacts", Map.of("phone", "1".repeat(51)), "contacts.phone");
    profileRule(rules, "contacts", Map.of("telegram", "t".repeat(101)), "contacts.telegram");
    profileRule(rules, "contacts", "call us", "contacts");
    rules.add(
        asOwner(
            "an organizerId that is no UUID",
            "PUT",
            profile,
            () -> profile + "?organizerId=mine",
            Map.of("name", "X"),
            "organizerId"));
    // An organizer's bookings.
    String bookings = "/api/v1/organizer/bookings";
    ownerQuery(rules, bookings, "status=MAYBE", "status");
    ownerQuery(rules, bookings, "eventId=42", "eventId");
    ownerQuery(rules, bookings, "organizerId=42", "organizerId");
    ownerQuery(rules, bookings, "size=101", "size");
    ownerQuery(rules, bookings, "page=-1", "page");
    ownerQuery(rules, bookings + "/statistics", "eventId=42", "eventId");
    rules.add(
        asOwner(
            "a booking id that is no UUID",
            "GET",
            bookings + "/{id}",
            () -> bookings + "/42",
            null,
            "id"));
    String status = bookings + "/{id}/status";
    statusRule(rules, "no status", Map.of(), "status");
    statusRule(rules, "an unknown status", Map.of("status", "MAYBE"), "status");
    statusRule(rules, "a status only the jobs set", Map.of("status", "EXPIRED"), "status");
    statusRule(rules, "a status only a new booking has", Map.of("status", "PENDING"), "status");
    statusRule(rules, "a status of the wrong type", Map.of("status", 3), "status");
    statusRule(
        rules,
        "a cancel reason over 500 characters",
        Map.of("status", "CANCELLED", "reason", "r".repeat(501)),
        "reason");
    rules.add(
        asOwner(
            "a booking id that is no UUID",
            "PUT",
            status,
            () -> bookings + "/x/status",
            Map.of("status", "CANCELLED"),
            "id"));
    // Favorites.
    rules.add(
        asUser(
            "an event id that is no UUID",
            "POST",
            "/api/v1/events/{id}/favorite",
            () -> "/api/v1/events/7/favorite",
            "id"));
    rules.add(
        asUser(
            "an event id that is no UUID",
            "DELETE",
            "/api/v1/events/{id}/favorite",
            () -> "/api/v1/events/7/favorite",
            "id"));
    rules.add(
        asUser(
            "an event id that is no UUID",
            "GET",
            "/api/v1/events/{id}/favorite/status",
            () -> "/api/v1/events/7/favorite/status",
            "id"));
    rules.add(
        asUser(
            "size over 100",
            "GET",
            "/api/v1/profile/favorites",
            () -> "/api/v1/profile/favorites?size=101",
            "size"));
    rules.add(
        asUser(
            "a negative page",
            "GET",
            "/api/v1/profile/favorites",
            () -> "/api/v1/profile/favorites?page=-1",
            "page"));
    return rules;
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenRuleIsA400NamingItsField() {
    return rules().stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.method()
                        + " "
                        + rule.template()
                        + ": "
                        + rule.name()
                        + " -> "
                        + rule.field(),
                    () -> check(rule)));
  }

  private static void check(Rule rule) {
    Api.Reply reply =
        running
            .api
            .as(rule.caller().get())
            .send(rule.method(), rule.path().get(), rule.body().get());

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
    assertThat(reply.text("code")).isEqualTo("validation-error");
    List<String> fields = new ArrayList<>();
    reply.body().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).contains(rule.field());
    assertThat(contract.violations(rule.method(), rule.template(), reply)).isEmpty();
  }

  private static void catalog(List<Rule> rules, String template, Supplier<String> path) {
    Map<String, String> broken = new java.util.LinkedHashMap<>();
    broken.put("size=101", "size");
    broken.put("size=0", "size");
    broken.put("page=-1", "page");
    broken.put("page=first", "page");
    broken.put("cursor=garbage", "cursor");
    broken.put("cursor=djF8eHx5", "cursor");
    broken.put("page=0&cursor=djF8eHx5", "cursor");
    broken.put("minPrice=-1", "minPrice");
    broken.put("maxPrice=cheap", "maxPrice");
    broken.put("minPrice=500&maxPrice=100", "minPrice");
    broken.put("dateFrom=tomorrow", "dateFrom");
    broken.put("dateTo=2030-02-30", "dateTo");
    broken.put("dateFrom=2030-02-01&dateTo=2030-01-01", "dateFrom");
    broken.put("search=" + "s".repeat(201), "search");
    broken.put("status=DRAFT", "status");
    broken.put("status=ANY", "status");
    broken.forEach(
        (q, field) ->
            rules.add(
                new Rule(
                    q.length() > 40 ? q.substring(0, 40) + "…" : q,
                    "GET",
                    template,
                    () -> path.get() + "?" + q,
                    () -> null,
                    Caller::guest,
                    field)));
  }

  private static void query(List<Rule> rules, String path, String q, String field) {
    rules.add(
        guestGet(q.length() > 40 ? q.substring(0, 40) + "…" : q, path, path + "?" + q, field));
  }

  private static Rule guestGet(String name, String template, String path, String field) {
    return new Rule(name, "GET", template, () -> path, () -> null, Caller::guest, field);
  }

  private static void ownerQuery(List<Rule> rules, String path, String q, String field) {
    rules.add(asOwner(q, "GET", path, () -> path + "?" + q, null, field));
  }

  private static void teamRules(
      List<Rule> rules, String method, String template, Supplier<String> path) {
    team(rules, method, template, path, "no name", without("name"), "name");
    team(rules, method, template, path, "a blank name", with("name", "  "), "name");
    team(rules, method, template, path, "a name over 255", with("name", "n".repeat(256)), "name");
    team(rules, method, template, path, "a name of the wrong type", with("name", 7), "name");
    team(rules, method, template, path, "no role", without("role"), "role");
    team(rules, method, template, path, "a role over 100", with("role", "r".repeat(101)), "role");
    team(
        rules,
        method,
        template,
        path,
        "a photo that is no URL",
        with("photoUrl", "me.jpg"),
        "photoUrl");
    team(
        rules,
        method,
        template,
        path,
        "a photo over ftp",
        with("photoUrl", "ftp://x.org/a.jpg"),
        "photoUrl");
    team(
        rules,
        method,
        template,
        path,
        "a photo URL over 500",
        with("photoUrl", "https://cdn.example.org/" + "p".repeat(477)),
        "photoUrl");
    team(rules, method, template, path, "a bio over 1000", with("bio", "b".repeat(1001)), "bio");
    team(rules, method, template, path, "a negative sortOrder", with("sortOrder", -1), "sortOrder");
    team(
        rules,
        method,
        template,
        path,
        "a sortOrder over 10000",
        with("sortOrder", 10_001),
        "sortOrder");
    team(
        rules,
        method,
        template,
        path,
        "a sortOrder of the wrong type",
        with("sortOrder", "first"),
        "sortOrder");
  }

  private static void team(
      List<Rule> rules,
      String method,
      String template,
      Supplier<String> path,
      String name,
      Map<String, Object> body,
      String field) {
    rules.add(asOwner(name, method, template, path, body, field));
  }

  private static Map<String, Object> member() {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Anna");
    body.put("role", "Guide");
    body.put("photoUrl", "https://cdn.example.org/anna.jpg");
    body.put("bio", "Rivers since 2001");
    body.put("sortOrder", 1);
    return body;
  }

  private static Map<String, Object> with(String key, Object value) {
    Map<String, Object> body = member();
    body.put(key, value);
    return body;
  }

  private static Map<String, Object> without(String key) {
    Map<String, Object> body = member();
    body.remove(key);
    return body;
  }

  private static void faqRules(
      List<Rule> rules, String method, String template, Supplier<String> path) {
    Map<String, Object[]> broken = new java.util.LinkedHashMap<>();
    broken.put("no question", new Object[] {"question", null, "question"});
    broken.put("a question over 500", new Object[] {"question", "q".repeat(501), "question"});
    broken.put("no answer", new Object[] {"answer", null, "answer"});
    broken.put("a blank answer", new Object[] {"answer", " ", "answer"});
    broken.put("an answer over 2000", new Object[] {"answer", "a".repeat(2001), "answer"});
    broken.put("a negative sortOrder", new Object[] {"sortOrder", -5, "sortOrder"});
    broken.forEach(
        (name, change) -> {
          Map<String, Object> body = new HashMap<>();
          body.put("question", "Wetsuit?");
          body.put("answer", "Yes.");
          body.put((String) change[0], change[1]);
          rules.add(asOwner(name, method, template, path, body, (String) change[2]));
        });
  }

  private static void profileRule(List<Rule> rules, String key, Object value, String field) {
    Map<String, Object> body = new HashMap<>();
    body.put(key, value);
    String shown = value == null ? "null" : value.toString();
    rules.add(
        asOwner(
            key + " = " + (shown.length() > 30 ? shown.substring(0, 30) + "…" : shown),
            "PUT",
            "/api/v1/organizer/profile",
            () -> "/api/v1/organizer/profile",
            body,
            field));
  }

  private static void statusRule(
      List<Rule> rules, String name, Map<String, Object> body, String field) {
    rules.add(
        asOwner(
            name,
            "PUT",
            "/api/v1/organizer/bookings/{id}/status",
            () -> "/api/v1/organizer/bookings/" + booking + "/status",
            body,
            field));
  }

  private static Rule asOwner(
      String name,
      String method,
      String template,
      Supplier<String> path,
      Object body,
      String field) {
    return new Rule(name, method, template, path, () -> body, organizer::owner, field);
  }

  private static Rule asUser(
      String name, String method, String template, Supplier<String> path, String field) {
    return new Rule(name, method, template, path, () -> null, () -> user, field);
  }
}
