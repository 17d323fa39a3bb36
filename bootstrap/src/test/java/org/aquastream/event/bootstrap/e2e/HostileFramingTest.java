package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Hostile requests that attack how a request is framed rather than its fields' rules: instants far
 * outside the years the service accepts, JSON that is no Unicode or names a field twice, bodies not
 * declared JSON, a method claimed in a header or a {@code _method} parameter, and HEAD by every
 * kind of caller. Refusals are 4xx problems, HEAD answers as GET, and after every property every
 * table of schema {@code event} is exactly as it was. Tries as in {@link HostileRequestsTest}.
 */
@Tag("fuzz")
class HostileFramingTest extends HostileProperties {
  @Property(generation = GenerationMode.RANDOMIZED)
  void aFarInstantIsAValidationErrorNamingItsInput(@ForAll("farInstants") Named request) {
    Api.Reply reply = target.assertRefused(request.request());

    assertThat(reply.status()).as(request.toString()).isEqualTo(400);
    assertThat(reply.body().path("errors").findValuesAsText("field"))
        .as(request + " -> " + reply.body())
        .contains(request.field());
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void textThatIsNoUnicodeIsRefused(@ForAll("brokenUnicode") Hostile request) {
    assertThat(target.assertRefused(request).status()).as(request.toString()).isEqualTo(400);
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void aFieldNamedTwiceIsAValidationErrorNamingIt(@ForAll("duplicateKeys") Named request) {
    Api.Reply reply = target.assertRefused(request.request());

    assertThat(reply.text("code")).as(request.toString()).isEqualTo("validation-error");
    assertThat(reply.body().path("errors").findValuesAsText("field"))
        .as(request + " -> " + reply.body())
        .containsExactly(request.field());
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void aBodyNotDeclaredJsonIsAnUnsupportedMediaType(@ForAll("notJson") Hostile request) {
    assertThat(target.assertRefused(request).status()).as(request.toString()).isEqualTo(415);
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void aClaimedMethodChangesNothing(@ForAll("methodOverrides") Overridden request) {
    Api.Reply plain = target.send(request.plain());
    Api.Reply claimed = target.send(request.claimed());

    assertThat(claimed.status()).as(request.claimed().toString()).isEqualTo(plain.status());
  }

  @Property(generation = GenerationMode.RANDOMIZED)
  void headAnswersAsGetForEveryCaller(@ForAll("heads") Hostile get) {
    Api.Reply answer = target.send(get);
    Hostile head = new Hostile(get.why(), "HEAD", get.path(), get.headers(), null);
    Api.Reply headAnswer = target.send(head);

    assertThat(headAnswer.status()).as(head.toString()).isEqualTo(answer.status());
    assertThat(headAnswer.contentType()).as(head.toString()).isEqualTo(answer.contentType());
    assertThat(headAnswer.body().isNull()).as(head + " has no body").isTrue();
  }

  /** A request and the input its refusal must name. */
  record Named(Hostile request, String field) {}

  /** The same request sent plainly and with another method claimed. */
  record Overridden(Hostile plain, Hostile claimed) {}

  // ---- generators -------------------------------------------------------------------------

  @Provide
  Arbitrary<Named> farInstants() {
    Arbitrary<Named> eventDates =
        Combinators.combine(
                Arbitraries.of("dateStart", "dateEnd"),
                HostileInput.farTimestamp(),
                Arbitraries.of("POST", "PUT"))
            .as(
                (field, instant, method) -> {
                  Map<String, String> body = Hostile.eventMembers("Night dive", "Sochi");
                  body.put(field, Hostile.quoted(instant));
                  String path = "/api/v1/events" + (method.equals("PUT") ? "/" + target.draft : "");
                  return new Named(
                      Hostile.of(
                          "far " + field, method, path, target.owner.owner(), Hostile.object(body)),
                      field);
                });
    Arbitrary<Named> filters =
        Combinators.combine(
                catalogs(),
                Arbitraries.of("dateFrom", "dateTo"),
                Arbitraries.oneOf(HostileInput.farDate(), HostileInput.farTimestamp()))
            .as(
                (catalog, field, instant) ->
                    new Named(
                        Hostile.of(
                            "far " + field,
                            "GET",
                            catalog + "?" + Hostile.query(Map.of(field, instant)),
                            Caller.guest()),
                        field));
    Arbitrary<Named> cursors =
        Combinators.combine(catalogs(), HostileInput.farTimestamp())
            .as(
                (catalog, instant) ->
                    new Named(
                        Hostile.of(
                            "a cursor at " + instant,
                            "GET",
                            catalog + "?cursor=" + cursor(instant),
                            Caller.guest()),
                        "cursor"));
    return Arbitraries.oneOf(eventDates, filters, cursors);
  }

  @Provide
  Arbitrary<Hostile> brokenUnicode() {
    return Combinators.combine(
            Arbitraries.of(bodies()),
            HostileInput.brokenUnicodeString(),
            Arbitraries.of(true, false))
        .as(
            (route, broken, inTheName) -> {
              String valid = route.body();
              int value = valid.indexOf("\":") + 2;
              int next = valid.indexOf(',', value);
              int end = next < 0 ? valid.length() - 1 : next;
              // The first member's name, or its value, becomes the broken string.
              return route.json(
                  inTheName
                      ? join("{", broken, valid.substring(valid.indexOf(':')))
                      : join(valid.substring(0, value), broken, valid.substring(end)));
            });
  }

  @Provide
  Arbitrary<Named> duplicateKeys() {
    return Combinators.combine(Arbitraries.of(bodies()), HostileInput.text())
        .as(
            (route, text) -> {
              String valid = route.body();
              String name = valid.substring(2, valid.indexOf('"', 2));
              String twice =
                  valid.substring(0, valid.length() - 1)
                      + ","
                      + Hostile.quoted(name)
                      + ":"
                      + Hostile.quoted(text)
                      + "}";
              return new Named(route.json(utf8(twice)), name);
            });
  }

  @Provide
  Arbitrary<Hostile> notJson() {
    Arbitrary<Hostile> declared =
        Combinators.combine(Arbitraries.of(bodies()), HostileInput.notJsonMediaType())
            .as(
                (route, type) -> {
                  Hostile request = route.request().withBody(utf8(route.body()));
                  return type.isEmpty() ? request : request.withHeader("Content-Type", type);
                });
    Arbitrary<Hostile> twoTypes =
        Arbitraries.of(bodies())
            .map(
                route ->
                    route
                        .request()
                        .withBody(utf8(route.body()))
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Content-Type", "text/plain"));
    return Arbitraries.oneOf(declared, twoTypes).filter(Hostile::sendable);
  }

  @Provide
  Arbitrary<Overridden> methodOverrides() {
    Caller owner = target.owner.owner();
    List<Hostile> requests =
        List.of(
            Hostile.of("publish", "GET", "/api/v1/events/" + target.draft + "/publish", owner),
            Hostile.of("cancel", "GET", "/api/v1/events/" + target.event + "/cancel", owner),
            Hostile.of("change", "GET", "/api/v1/events/" + target.draft, owner),
            Hostile.of(
                "cancel",
                "GET",
                "/api/v1/bookings/" + target.booking + "/cancel",
                target.participant),
            Hostile.of(
                "confirm",
                "HEAD",
                "/api/v1/bookings/" + target.booking + "/confirm",
                target.participant),
            Hostile.of("book", "GET", "/api/v1/bookings", target.participant),
            Hostile.of(
                "queue", "GET", "/api/v1/events/" + target.event + "/waitlist", target.participant),
            Hostile.of("run a job", "GET", "/internal/jobs/complete-events", Caller.admin()),
            Hostile.of("add a member", "GET", "/api/v1/organizer/team", owner),
            Hostile.of("register", "HEAD", "/api/v1/organizers", Caller.admin()));
    return Combinators.combine(Arbitraries.of(requests), HostileInput.methodOverride())
        .as((plain, claim) -> new Overridden(plain, claim.apply(plain)))
        .filter(overridden -> overridden.claimed().sendable());
  }

  @Provide
  Arbitrary<Hostile> heads() {
    List<String> paths =
        List.of(
            "/api/v1/events",
            "/api/v1/events/" + target.event,
            "/api/v1/events/" + target.draft,
            "/api/v1/organizers",
            "/api/v1/organizers/" + target.owner.slug(),
            "/api/v1/organizers/" + target.owner.slug() + "/events",
            "/api/v1/bookings",
            "/api/v1/bookings/" + target.booking,
            "/api/v1/waitlist",
            "/api/v1/profile/favorites",
            "/api/v1/organizer/events",
            "/api/v1/organizer/bookings",
            "/api/v1/organizer/team",
            "/actuator/health",
            "/actuator/scheduledtasks",
            "/openapi.json",
            "/docs/swagger-ui.css");
    Arbitrary<Caller> callers =
        Arbitraries.of(
            Caller.guest(),
            target.participant,
            target.owner.owner(),
            Caller.organizer(),
            Caller.admin(),
            new Caller(UUID.randomUUID(), "ROOT"));
    Arbitrary<String> query =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            HostileInput.text().map(t -> "?page=" + Hostile.encoded(t)),
            Arbitraries.of("?size=101", "?status=DRAFT", "?dateFrom=%2B294277-01-01"));
    return Combinators.combine(Arbitraries.of(paths), callers, query)
        .as((path, caller, q) -> Hostile.of("head as get", "GET", path + q, caller));
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** A route that reads a body, with a valid body for it. */
  private record BodyRoute(Hostile request, String body) {
    /** The request with {@code bytes} as its body, declared JSON. */
    Hostile json(byte[] bytes) {
      return request.withHeader("Content-Type", "application/json").withBody(bytes);
    }
  }

  /** Every route that reads a body, each with a body it would accept (or refuse for its state). */
  private static List<BodyRoute> bodies() {
    Caller owner = target.owner.owner();
    Map<String, String> event = Hostile.eventMembers("Night dive", "Sochi");
    Map<String, String> member = new LinkedHashMap<>();
    member.put("name", Hostile.quoted("Anna"));
    member.put("role", Hostile.quoted("Guide"));
    return List.of(
        route("POST", "/api/v1/bookings", Caller.user(), "{\"eventId\":\"" + target.event + "\"}"),
        route("POST", "/api/v1/events", owner, Hostile.object(event)),
        route("PUT", "/api/v1/events/" + target.draft, owner, "{\"title\":\"Renamed\"}"),
        route(
            "PUT",
            "/api/v1/bookings/" + target.booking + "/cancel",
            target.participant,
            "{\"reason\":\"ill\"}"),
        route(
            "PUT",
            "/api/v1/organizer/bookings/" + target.booking + "/status",
            owner,
            "{\"status\":\"CONFIRMED\"}"),
        route("POST", "/api/v1/organizer/team", owner, Hostile.object(member)),
        route("POST", "/api/v1/organizer/faq", owner, "{\"question\":\"Q?\",\"answer\":\"A.\"}"),
        route("PUT", "/api/v1/organizer/profile", owner, "{\"description\":\"Boats\"}"),
        route(
            "POST",
            "/api/v1/organizers",
            Caller.admin(),
            "{\"slug\":\"club-"
                + UUID.randomUUID()
                + "\",\"name\":\"New\",\"ownerUserId\":\""
                + UUID.randomUUID()
                + "\"}"),
        route(
            "PUT",
            "/api/v1/bookings/payment/" + UUID.randomUUID() + "/status",
            Caller.admin(),
            "{\"paymentStatus\":\"SUCCEEDED\"}"));
  }

  private static BodyRoute route(String method, String path, Caller caller, String body) {
    return new BodyRoute(Hostile.of("body of " + path, method, path, caller), body);
  }

  private static Arbitrary<String> catalogs() {
    return Arbitraries.of(
        "/api/v1/events", "/api/v1/organizers/" + target.owner.slug() + "/events");
  }

  private static String cursor(String instant) {
    String position = "v1|" + instant + "|" + UUID.randomUUID();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] join(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(before));
    out.writeBytes(middle);
    out.writeBytes(utf8(after));
    return out.toByteArray();
  }
}
