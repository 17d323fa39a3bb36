package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a body must be to be read: JSON by its media type, every field named once, well-formed
 * Unicode; and text limits count characters (code points), not UTF-16 units. A refused body leaves
 * every table as it was.
 */
class JsonBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMOJI = "\uD83C\uDF0A";

  private static RunningService running;
  private static OpenApiContract contract;
  private static Workspace workspace;
  private static Workspace.Organizer organizer;
  private static String event;

  @BeforeAll
  static void start() {
    running = RunningService.start(Map.of("APP_RATE_LIMIT_ENABLED", "false"));
    contract = new OpenApiContract(running.api.as(Caller.guest()).get("/openapi.json").body());
    workspace = new Workspace(running);
    organizer = workspace.organizer("Bodies Club");
    event = workspace.publishedEvent(organizer);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @ParameterizedTest(name = "Content-Type: {0}")
  @ValueSource(
      strings = {
        "text/plain",
        "",
        "application/xml",
        "application/x-www-form-urlencoded",
        "application/json; charset=iso-8859-1",
        "application/jsonx",
        "multipart/form-data; boundary=x"
      })
  void aBookingThatIsNotJsonByItsMediaTypeIsUnsupported(String contentType) {
    TableSnapshot before = snapshot();

    Api.Reply reply = send(booking(Caller.user(), json(Map.of("eventId", event)), contentType));

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(415);
    assertThat(reply.text("code")).isEqualTo("unsupported-media-type");
    assertThat(contract.violations("POST", "/api/v1/bookings", reply)).isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anEventWithoutAContentTypeIsUnsupported() {
    TableSnapshot before = snapshot();
    String body = json(new Scenario(running).eventBody(10, null));

    Api.Reply reply =
        send(
            Hostile.of("no type", "POST", "/api/v1/events", organizer.owner())
                .withBody(bytes(body)));

    assertThat(reply.status()).isEqualTo(415);
    assertThat(contract.violations("POST", "/api/v1/events", reply)).isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  @ParameterizedTest(name = "Content-Type: {0}")
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON;Charset=\"UTF-8\"",
        "application/vnd.aquastream.event+json"
      })
  void everyJsonMediaTypeIsRead(String contentType) {
    Api.Reply reply = send(booking(Caller.user(), json(Map.of("eventId", event)), contentType));

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
  }

  @Test
  void anOptionalBodyMayBeLeftOutWithoutAContentType() {
    Caller user = Caller.user();
    String booking = workspace.booking(user, event);

    Api.Reply reply =
        send(Hostile.of("no body", "PUT", "/api/v1/bookings/" + booking + "/cancel", user));

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    assertThat(reply.text("status")).isEqualTo("CANCELLED");
  }

  @Test
  void aFieldNamedTwiceIsRefusedInsteadOfTheLastOneWinning() {
    String other = workspace.publishedEvent(organizer);
    TableSnapshot before = snapshot();

    Api.Reply reply =
        send(
            booking(
                Caller.user(),
                "{\"eventId\":\"" + event + "\",\"eventId\":\"" + other + "\"}",
                "application/json"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("errors").findValuesAsText("field")).containsExactly("eventId");
    assertThat(contract.violations("POST", "/api/v1/bookings", reply)).isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aNestedFieldNamedTwiceIsNamedByItsPath() {
    String body =
        json(new Scenario(running).eventBody(10, null))
            .replace("\"city\":\"Sochi\"", "\"city\":\"Sochi\",\"city\":\"Adler\"");

    Api.Reply reply = send(Hostile.of("dup", "POST", "/api/v1/events", organizer.owner(), body));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("errors").findValuesAsText("field"))
        .containsExactly("location.city");
  }

  @ParameterizedTest(name = "title {0}")
  @ValueSource(strings = {"a\\ud800b", "\\udc00", "x\\ud83d", "\\udfff\\ud800"})
  void aLoneSurrogateIsRefusedNotStoredAltered(String escapedTitle) {
    TableSnapshot before = snapshot();
    String body =
        json(new Scenario(running).eventBody(10, null))
            .replace("\"Night dive at the reef\"", "\"" + escapedTitle + "\"");

    Api.Reply reply =
        send(Hostile.of("surrogate", "POST", "/api/v1/events", organizer.owner(), body));

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
    assertThat(reply.body().path("errors").findValuesAsText("field")).containsExactly("title");
    assertThat(contract.violations("POST", "/api/v1/events", reply)).isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aSurrogateEncodedAsBytesIsRefusedToo() {
    TableSnapshot before = snapshot();
    byte[] body =
        concat(
            bytes("{\"eventId\":\"" + event + "\",\"note\":\"a"),
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            bytes("\"}"));

    Api.Reply reply =
        send(Hostile.of("cesu", "POST", "/api/v1/bookings", Caller.user(), "").withBody(body));

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aTitleOfEmojiWithinTheLimitIsStoredAsSent() {
    String title = EMOJI.repeat(200);
    Map<String, Object> body = new Scenario(running).eventBody(10, null);
    body.put("title", title);
    body.put("tags", java.util.List.of(EMOJI.repeat(50)));

    Api.Reply created = running.api.as(organizer.owner()).post("/api/v1/events", body);

    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    Api.Reply read = running.api.as(organizer.owner()).get("/api/v1/events/" + created.text("id"));
    assertThat(read.text("title")).isEqualTo(title);
    assertThat(read.body().path("tags").get(0).asText()).isEqualTo(EMOJI.repeat(50));
  }

  @Test
  void aTitleOfEmojiOverTheLimitIsRefusedByItsCharacters() {
    Map<String, Object> body = new Scenario(running).eventBody(10, null);
    body.put("title", EMOJI.repeat(201));

    Api.Reply reply = running.api.as(organizer.owner()).post("/api/v1/events", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("errors").findValuesAsText("field")).containsExactly("title");
  }

  @Test
  void aSearchOfEmojiWithinTheLimitIsRead() {
    String search = Hostile.encoded(EMOJI.repeat(200));

    assertThat(running.api.as(Caller.guest()).get("/api/v1/events?search=" + search).status())
        .isEqualTo(200);
    assertThat(running.api.as(Caller.guest()).get("/api/v1/organizers?search=" + search).status())
        .isEqualTo(200);
  }

  @Test
  void aTeamMemberNamedInEmojiUpToTheLimitIsAdded() {
    Api.Reply reply =
        running
            .api
            .as(organizer.owner())
            .post(
                "/api/v1/organizer/team",
                Map.of("name", EMOJI.repeat(255), "role", EMOJI.repeat(100)));

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    assertThat(reply.text("name")).isEqualTo(EMOJI.repeat(255));
  }

  private static Hostile booking(Caller user, String json, String contentType) {
    Hostile request = Hostile.of("booking", "POST", "/api/v1/bookings", user).withBody(bytes(json));
    return contentType.isEmpty() ? request : request.withHeader("Content-Type", contentType);
  }

  private static Api.Reply send(Hostile request) {
    return request.send(running.service.port());
  }

  private static TableSnapshot snapshot() {
    return TableSnapshot.of(running.database.dataSource());
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
