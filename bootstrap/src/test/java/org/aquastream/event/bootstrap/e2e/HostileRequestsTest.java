package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Malformed and hostile requests, generated: broken JSON and bytes, values of the wrong type,
 * numbers past every range, Unicode and control characters, SQL and path traversal in every input,
 * forged identity headers, negative and huge paging, oversized bodies. Each one is answered with a
 * 4xx {@code application/problem+json} (never a 5xx, never a stack trace), and after every property
 * every table of schema {@code event} is exactly as it was. Each property makes {@code
 * jqwik.tries.default} tries: a sample in {@code verify}, thousands with {@code -Preliability} (tag
 * {@code fuzz}).
 */
@Tag("fuzz")
class HostileRequestsTest extends HostileProperties {
  @Property(generation = GenerationMode.RANDOMIZED)
  void aBrokenBookingRequestIsRefused(@ForAll("bookingRequests") Hostile request) {
    assertRefused(request);
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void anEventThatBreaksARuleIsRefused(@ForAll("eventBodies") Hostile request) {
    assertRefused(request);
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void badPagingAndFiltersAreRefused(@ForAll("listQueries") Hostile request) {
    assertRefused(request);
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void aForgedIdentityIsUnauthorized(@ForAll("forgedIdentities") Hostile request) {
    assertThat(assertRefused(request).status()).as(request.toString()).isEqualTo(401);
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void aHostileIdInThePathIsRefused(@ForAll("hostilePaths") Hostile request) {
    assertRefused(request);
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void aWorkspaceChangeThatBreaksARuleIsRefused(@ForAll("workspaceBodies") Hostile request) {
    assertRefused(request);
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void oddMethodsAndSizesAreRefused(@ForAll("oddRequests") Hostile request) {
    assertRefused(request);
  }

  // ---- generators -------------------------------------------------------------------------

  @Provide
  Arbitrary<Hostile> bookingRequests() {
    Arbitrary<Hostile> broken =
        HostileInput.brokenBody()
            .map(
                body ->
                    Hostile.of("not a booking", "POST", "/api/v1/bookings", Caller.user(), "")
                        .withBody(body));
    Arbitrary<Hostile> wrongEventId =
        HostileInput.jsonValue()
            .map(
                value ->
                    Hostile.of(
                        "eventId of the wrong kind or unknown",
                        "POST",
                        "/api/v1/bookings",
                        Caller.user(),
                        "{\"eventId\":" + value + ",\"note\":" + Hostile.quoted("x") + "}"));
    Arbitrary<Hostile> request = Arbitraries.oneOf(broken, wrongEventId);
    return Combinators.combine(request, HostileInput.text().injectNull(0.5))
        .as((r, key) -> key == null ? r : r.withHeader("Idempotency-Key", key))
        .filter(Hostile::sendable);
  }

  @Provide
  Arbitrary<Hostile> eventBodies() {
    Arbitrary<Map.Entry<String, String>> breaking =
        Arbitraries.of(
            Map.entry("capacity", "0"),
            Map.entry("capacity", "-1"),
            Map.entry("capacity", "100001"),
            Map.entry("capacity", "2147483648"),
            Map.entry("capacity", "1e30"),
            Map.entry("capacity", "\"ten\""),
            Map.entry("capacity", "1.5"),
            Map.entry("capacity", "true"),
            Map.entry("capacity", "null"),
            Map.entry("dateStart", "\"yesterday\""),
            Map.entry("dateStart", "\"2026-13-45T00:00:00Z\""),
            Map.entry("dateStart", "0"),
            Map.entry("dateStart", "null"),
            Map.entry("dateEnd", "\"2020-01-01T00:00:00Z\""),
            Map.entry("price", "-1"),
            Map.entry("price", "\"free\""),
            Map.entry("price", "1e999999999"),
            Map.entry("price", "123456789.999"),
            Map.entry("price", "0.001"),
            Map.entry("price", "{}"),
            Map.entry("location", "\"Sochi\""),
            Map.entry("location", "[]"),
            Map.entry("location", "{}"),
            Map.entry("location", "{\"city\":123}"),
            Map.entry("location", "null"),
            Map.entry("tags", "\"night\""),
            Map.entry("tags", "[1,2]"),
            Map.entry("tags", "[" + "\"t\",".repeat(20) + "\"u\"]"),
            Map.entry("tags", "[\"" + "x".repeat(51) + "\"]"),
            Map.entry("title", "\"\""),
            Map.entry("title", "\"   \""),
            Map.entry("title", "\"" + "x".repeat(201) + "\""),
            Map.entry("title", "42"),
            Map.entry("title", "null"),
            Map.entry("type", "\"\""),
            Map.entry("type", "\"" + "x".repeat(51) + "\""),
            Map.entry("type", "7"),
            Map.entry("description", "\"" + "d".repeat(10_001) + "\""));
    return Combinators.combine(breaking, HostileInput.text(), HostileInput.text())
        .as(
            (rule, title, city) -> {
              Map<String, String> body = Hostile.eventMembers(title, city);
              body.put(rule.getKey(), rule.getValue());
              return Hostile.of(
                  rule.getKey() + " broken",
                  "POST",
                  "/api/v1/events",
                  target.owner.owner(),
                  Hostile.object(body));
            });
  }

  @Provide
  Arbitrary<Hostile> listQueries() {
    Arbitrary<Map.Entry<String, String>> badPaging =
        Arbitraries.of(
            Map.entry("page", "-1"),
            Map.entry("page", "-2147483648"),
            Map.entry("page", "2147483648"),
            Map.entry("page", "99999999999999999999"),
            Map.entry("page", "1e3"),
            Map.entry("page", "abc"),
            Map.entry("page", "' OR 1=1 --"),
            Map.entry("page", "0x10"),
            Map.entry("size", "0"),
            Map.entry("size", "101"),
            Map.entry("size", "-5"),
            Map.entry("size", "99999999999"),
            Map.entry("size", "20.5"),
            Map.entry("size", "\u0000"));
    Arbitrary<Map<String, String>> badCatalog =
        Arbitraries.oneOf(
            badPaging.map(HostileRequestsTest::single),
            Arbitraries.of(
                    Map.entry("minPrice", "-1"),
                    Map.entry("minPrice", "NaN"),
                    Map.entry("minPrice", "Infinity"),
                    Map.entry("minPrice", "1e-999999999"),
                    Map.entry("maxPrice", "1e999999999"),
                    Map.entry("maxPrice", "0x10"),
                    Map.entry("dateFrom", "yesterday"),
                    Map.entry("dateFrom", "2026-02-30"),
                    Map.entry("dateTo", "2026-01-01T25:00:00Z"),
                    Map.entry("status", "DRAFT"),
                    Map.entry("status", "published"),
                    Map.entry("status", "' OR 1=1 --"))
                .map(HostileRequestsTest::single),
            HostileInput.text()
                .filter(t -> !t.isBlank())
                .map(t -> single(Map.entry("cursor", "*" + t))),
            HostileInput.text().map(t -> Map.of("cursor", "djF8eHx5" + t, "page", "1")),
            Arbitraries.just(Map.of("minPrice", "10", "maxPrice", "5")),
            Arbitraries.just(Map.of("dateFrom", "2026-08-01", "dateTo", "2026-07-01")));
    Arbitrary<Map<String, String>> catalogQuery =
        Combinators.combine(badCatalog, HostileInput.text(), HostileInput.text())
            .as(
                (bad, search, tag) -> {
                  Map<String, String> query = new LinkedHashMap<>();
                  query.put("search", search);
                  query.put("tag", tag);
                  query.putAll(bad);
                  return query;
                });
    Arbitrary<Hostile> catalog =
        Combinators.combine(
                Arbitraries.of(
                    "/api/v1/events", "/api/v1/organizers/" + target.owner.slug() + "/events"),
                catalogQuery)
            .as(
                (path, query) ->
                    Hostile.of(
                        "a bad catalog query",
                        "GET",
                        path + "?" + Hostile.query(query),
                        Caller.guest()));
    List<Map.Entry<String, Caller>> lists =
        List.of(
            Map.entry("/api/v1/organizers", Caller.guest()),
            Map.entry("/api/v1/bookings", target.participant),
            Map.entry("/api/v1/waitlist", target.participant),
            Map.entry("/api/v1/profile/favorites", target.participant),
            Map.entry("/api/v1/organizer/events", target.owner.owner()),
            Map.entry("/api/v1/organizer/bookings", target.owner.owner()));
    Arbitrary<Hostile> otherLists =
        Combinators.combine(Arbitraries.of(lists), badPaging, HostileInput.text())
            .as(
                (list, paging, noise) -> {
                  Map<String, String> query = new LinkedHashMap<>();
                  query.put("search", noise);
                  query.put(paging.getKey(), paging.getValue());
                  return Hostile.of(
                      "bad paging of a list",
                      "GET",
                      list.getKey() + "?" + Hostile.query(query),
                      list.getValue());
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, catalog), net.jqwik.api.Tuple.of(1, otherLists));
  }

  @Provide
  Arbitrary<Hostile> forgedIdentities() {
    String eventBody = "{\"eventId\":\"" + target.event + "\"}";
    String profile = "/api/v1/organizer/profile?organizerId=" + target.owner.id();
    List<Function<Caller, Hostile>> routes =
        List.of(
            caller -> Hostile.of("catalog", "GET", "/api/v1/events", caller),
            caller -> Hostile.of("run a job", "POST", "/internal/jobs/expire-bookings", caller),
            caller -> Hostile.of("bookings", "GET", "/api/v1/bookings", caller),
            caller -> Hostile.of("book", "POST", "/api/v1/bookings", caller, eventBody),
            caller ->
                Hostile.of(
                    "another's profile", "PUT", profile, caller, "{\"description\":\"forged\"}"),
            caller ->
                Hostile.of(
                    "cancel a booking",
                    "PUT",
                    "/api/v1/bookings/" + target.booking + "/cancel",
                    caller,
                    "{}"));
    Arbitrary<Function<Hostile, Hostile>> forgery =
        Arbitraries.oneOf(
            HostileInput.notAUuid().map(HostileRequestsTest::badId),
            HostileInput.notARole().map(HostileRequestsTest::badRole),
            Arbitraries.of("USER", "ORGANIZER", "ADMIN").map(HostileRequestsTest::roleWithoutId),
            Arbitraries.of("X-User-Id", "X-User-Role").map(HostileRequestsTest::sentTwice));
    return Combinators.combine(Arbitraries.of(routes), forgery)
        .as((route, forge) -> forge.apply(route.apply(Caller.guest())))
        .filter(Hostile::sendable);
  }

  @Provide
  Arbitrary<Hostile> hostilePaths() {
    Caller user = target.participant;
    Caller organizer = target.owner.owner();
    List<PathRoute> routes =
        List.of(
            new PathRoute("GET", "/api/v1/events/{}", Caller.guest(), null),
            new PathRoute("GET", "/api/v1/bookings/{}", user, null),
            new PathRoute("PUT", "/api/v1/bookings/{}/cancel", user, "{}"),
            new PathRoute("PUT", "/api/v1/bookings/{}/confirm", user, null),
            new PathRoute("POST", "/api/v1/events/{}/publish", organizer, null),
            new PathRoute("POST", "/api/v1/events/{}/cancel", organizer, null),
            new PathRoute("PUT", "/api/v1/events/{}", organizer, "{\"description\":\"x\"}"),
            new PathRoute("PUT", "/api/v1/organizer/team/{}", organizer, teamMember()),
            new PathRoute("DELETE", "/api/v1/organizer/faq/{}", organizer, null),
            new PathRoute("GET", "/api/v1/organizer/bookings/{}", organizer, null),
            new PathRoute(
                "PUT", "/api/v1/organizer/bookings/{}/status", organizer, "{\"status\":\"NO\"}"),
            new PathRoute("GET", "/api/v1/events/{}/waitlist/status", user, null),
            new PathRoute("POST", "/api/v1/events/{}/waitlist", user, null),
            new PathRoute("DELETE", "/api/v1/events/{}/waitlist", user, null),
            new PathRoute("POST", "/api/v1/events/{}/favorite", user, null),
            new PathRoute("GET", "/api/v1/organizers/{}", Caller.guest(), null),
            new PathRoute("GET", "/api/v1/organizers/{}/faq", Caller.guest(), null),
            new PathRoute("GET", "/docs/{}", Caller.guest(), null));
    Arbitrary<String> segment =
        Arbitraries.oneOf(
                HostileInput.text().map(Hostile::encoded),
                Arbitraries.create(UUID::randomUUID).map(UUID::toString),
                Arbitraries.of(
                    "..%2F..%2Fetc%2Fpasswd",
                    "..%5C..%5Cwindows",
                    "%252e%252e%252f",
                    "..;",
                    "%3B",
                    "00000000-0000-0000-0000-000000000000",
                    "ffffffff-ffff-ffff-ffff-ffffffffffffX",
                    "%7B%7D"))
            // "" and "." would name the list route above, which is no path id at all.
            .filter(s -> !s.isEmpty() && !s.equals(".") && !s.equals("%2E"));
    return Combinators.combine(Arbitraries.of(routes), segment)
        .as(
            (route, id) ->
                Hostile.of(
                    "a hostile id",
                    route.method(),
                    route.template().replace("{}", id),
                    route.caller(),
                    route.body()));
  }

  @Provide
  Arbitrary<Hostile> workspaceBodies() {
    Arbitrary<Hostile> team =
        oneRuleBroken(
            "team",
            "POST",
            "/api/v1/organizer/team",
            target.owner.owner(),
            text -> body("name", text, "role", "Guide", "bio", text),
            List.of(
                Map.entry("name", "\"\""),
                Map.entry("name", "\"" + "n".repeat(256) + "\""),
                Map.entry("name", "null"),
                Map.entry("name", "7"),
                Map.entry("role", "\"" + "r".repeat(101) + "\""),
                Map.entry("role", "null"),
                Map.entry("photoUrl", "\"javascript:alert(1)\""),
                Map.entry("photoUrl", "\"ftp://files/x.png\""),
                Map.entry("bio", "\"" + "b".repeat(1001) + "\""),
                Map.entry("sortOrder", "-1"),
                Map.entry("sortOrder", "10001"),
                Map.entry("sortOrder", "\"1\""),
                Map.entry("sortOrder", "1.5")));
    Arbitrary<Hostile> faq =
        oneRuleBroken(
            "faq",
            "POST",
            "/api/v1/organizer/faq",
            target.owner.owner(),
            text -> body("question", text, "answer", text),
            List.of(
                Map.entry("question", "\"\""),
                Map.entry("question", "\"" + "q".repeat(501) + "\""),
                Map.entry("answer", "\"" + "a".repeat(2001) + "\""),
                Map.entry("answer", "[]"),
                Map.entry("sortOrder", "-7")));
    Arbitrary<Hostile> profile =
        oneRuleBroken(
            "profile",
            "PUT",
            "/api/v1/organizer/profile",
            target.owner.owner(),
            text -> body("description", text),
            List.of(
                Map.entry("name", "\"\""),
                Map.entry("logoUrl", "\"logo.png\""),
                Map.entry("brandColor", "\"red\""),
                Map.entry("brandColor", "\"#12345\""),
                Map.entry("contacts", "\"call us\""),
                Map.entry("contacts", "{\"email\":\"not-an-email\"}"),
                Map.entry("description", "\"" + "d".repeat(10_001) + "\"")));
    Arbitrary<Hostile> organizer =
        oneRuleBroken(
            "organizer",
            "POST",
            "/api/v1/organizers",
            Caller.admin(),
            text ->
                body(
                    "slug",
                    "club-" + UUID.randomUUID(),
                    "name",
                    text,
                    "ownerUserId",
                    UUID.randomUUID().toString()),
            List.of(
                Map.entry("slug", "\"Bad Slug!\""),
                Map.entry("slug", "\"ab\""),
                Map.entry("slug", "\"../etc\""),
                Map.entry("slug", "\"x'; DROP TABLE event.organizers; --\""),
                Map.entry("ownerUserId", "\"me\""),
                Map.entry("ownerUserId", "123"),
                Map.entry("name", "\"\"")));
    Arbitrary<Hostile> statusChange =
        Combinators.combine(
                Arbitraries.of(
                    "\"EXPIRED\"", "\"PENDING\"", "\"MAYBE\"", "3", "null", "\"confirmed\""),
                HostileInput.text())
            .as(
                (status, reason) ->
                    Hostile.of(
                        "booking status " + status,
                        "PUT",
                        "/api/v1/organizer/bookings/" + target.booking + "/status",
                        target.owner.owner(),
                        "{\"status\":" + status + ",\"reason\":" + Hostile.quoted(reason) + "}"));
    return Arbitraries.oneOf(team, faq, profile, organizer, statusChange);
  }

  @Provide
  Arbitrary<Hostile> oddRequests() {
    Arbitrary<Hostile> oversized =
        Arbitraries.integers()
            .between(65_537, 90_000)
            .map(
                size ->
                    Hostile.of(
                            "a body over 64 KB", "POST", "/api/v1/events", target.owner.owner(), "")
                        .withBody(new byte[size]));
    Arbitrary<Hostile> oddMethod =
        Combinators.combine(
                Arbitraries.of("PATCH", "FOO", "PROPFIND", "PURGE", "DELETE"),
                Arbitraries.of(
                    "/api/v1/events", "/api/v1/bookings", "/internal/jobs/complete-events"))
            .as((method, path) -> Hostile.of("no such method here", method, path, Caller.admin()));
    return Arbitraries.oneOf(oversized, oddMethod).filter(Hostile::sendable);
  }

  // ---- checks and helpers -----------------------------------------------------------------

  private static Api.Reply assertRefused(Hostile request) {
    return target.assertRefused(request);
  }

  private static Function<Hostile, Hostile> badId(String id) {
    return r -> r.withHeader("X-User-Id", id).withHeader("X-User-Role", "ADMIN");
  }

  private static Function<Hostile, Hostile> badRole(String role) {
    return r ->
        r.withHeader("X-User-Id", UUID.randomUUID().toString()).withHeader("X-User-Role", role);
  }

  private static Function<Hostile, Hostile> roleWithoutId(String role) {
    return r -> r.withHeader("X-User-Role", role);
  }

  /** A valid ADMIN identity, with one of its headers sent again with another value. */
  private static Function<Hostile, Hostile> sentTwice(String header) {
    String again = header.equals("X-User-Id") ? UUID.randomUUID().toString() : "USER";
    return r ->
        r.withHeader("X-User-Id", target.participant.id().toString())
            .withHeader("X-User-Role", "ADMIN")
            .withHeader(header, again);
  }

  private record PathRoute(String method, String template, Caller caller, String body) {}

  /**
   * Bodies valid but for one broken rule: {@code valid} fills the fields with a hostile text, then
   * the rule puts its bad JSON value in its field.
   */
  private static Arbitrary<Hostile> oneRuleBroken(
      String family,
      String method,
      String path,
      Caller caller,
      Function<String, Map<String, String>> valid,
      List<Map.Entry<String, String>> rules) {
    return Combinators.combine(Arbitraries.of(rules), HostileInput.text())
        .as(
            (rule, text) -> {
              Map<String, String> body = valid.apply(text);
              body.put(rule.getKey(), rule.getValue());
              return Hostile.of(
                  family + " " + rule.getKey(), method, path, caller, Hostile.object(body));
            });
  }

  /** A JSON body of string fields, given as name, value, name, value... */
  private static Map<String, String> body(String... namesAndValues) {
    Map<String, String> body = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.put(namesAndValues[i], Hostile.quoted(namesAndValues[i + 1]));
    }
    return body;
  }

  private static String teamMember() {
    return "{\"name\":\"Anna\",\"role\":\"Guide\"}";
  }

  private static Map<String, String> single(Map.Entry<String, String> entry) {
    return Map.of(entry.getKey(), entry.getValue());
  }
}
