package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.aquastream.event.adapter.http.cache.HttpCaching;
import org.aquastream.event.adapter.http.cache.PublicPages;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The caching rules over HTTP, on a route whose answer names who read it and how many reads there
 * were: an anonymous answer is public and shared by every anonymous caller, an answer read with an
 * identity is private and never kept or handed to anyone else, every answer has an ETag that a
 * conditional request turns into a 304, and a write drops every kept page.
 */
class HttpCachingTest {
  private static final String PAGE = "/api/v1/probe";
  private static final String STABLE = "/api/v1/probe/stable";
  private static final String LARGE = "/api/v1/probe/large";
  private static final UUID ALICE = UUID.fromString("0000000a-0000-4000-8000-000000000001");
  private static final UUID BOB = UUID.fromString("0000000b-0000-4000-8000-000000000002");

  private final AtomicInteger reads = new AtomicInteger();
  private final HttpCaching caching = new HttpCaching(PublicPages.standard());
  private volatile boolean missing;
  private final TestApi api =
      new TestApi(
          routes ->
              routes
                  .get(PAGE, Role.GUEST, caching.read(ctx -> answer(ctx.queryParam("q"), ctx)))
                  .get(STABLE, Role.GUEST, caching.read(ctx -> Map.of("viewer", viewer(ctx))))
                  .get(LARGE, Role.GUEST, caching.read(ctx -> Map.of("text", "reef ".repeat(600))))
                  .post(PAGE, Role.ORGANIZER, caching.write(ctx -> ctx.status(204))));

  private Map<String, Object> answer(String query, Context ctx) {
    if (missing) {
      throw new NotFoundException("probe", query);
    }
    return Map.of(
        "viewer", viewer(ctx), "read", reads.incrementAndGet(), "query", String.valueOf(query));
  }

  private static String viewer(Context ctx) {
    return GatewayIdentity.actor(ctx).user().map(UserId::toString).orElse("anonymous");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void anAnonymousAnswerIsPublicForAFewSecondsAndVariesByIdentity() {
    TestApi.Reply reply = api.get(PAGE).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=4");
    assertThat(reply.header("Vary")).isEqualTo("Accept-Encoding, X-User-Id, X-User-Role");
    assertThat(reply.header("ETag")).matches("W/\"[A-Za-z0-9_-]{22}\"");
    assertThat(reply.json().get("viewer").asText()).isEqualTo("anonymous");
  }

  @Test
  void anonymousCallersShareOneRenderedPage() {
    TestApi.Reply first = api.get(PAGE).send();
    TestApi.Reply second = api.get(PAGE).send();
    TestApi.Reply asGuestRole = api.get(PAGE).header("X-User-Role", "GUEST").send();

    assertThat(reads).hasValue(1);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(asGuestRole.body()).isEqualTo(first.body());
    assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
  }

  @Test
  void aPageIsKeptPerPathAndQuery() {
    api.get(PAGE + "?q=reef").send();
    TestApi.Reply other = api.get(PAGE + "?q=river").send();

    assertThat(reads).hasValue(2);
    assertThat(other.json().get("query").asText()).isEqualTo("river");
  }

  @Test
  void anAnswerReadWithAnIdentityIsPrivateAndReadAnewEveryTime() {
    TestApi.Reply first = api.get(PAGE).as(ALICE, Role.USER).send();
    TestApi.Reply second = api.get(PAGE).as(ALICE, Role.USER).send();

    assertThat(first.header("Cache-Control")).isEqualTo("private, no-store");
    assertThat(first.header("ETag")).isNotBlank();
    assertThat(reads).hasValue(2);
    assertThat(second.json().get("read").asInt()).isEqualTo(2);
  }

  @Test
  void oneCallersViewIsNeverServedToAnother() {
    TestApi.Reply anonymous = api.get(PAGE).send();
    TestApi.Reply alice = api.get(PAGE).as(ALICE, Role.ORGANIZER).send();
    TestApi.Reply bob = api.get(PAGE).as(BOB, Role.USER).send();
    TestApi.Reply anonymousAgain = api.get(PAGE).send();

    assertThat(alice.json().get("viewer").asText()).isEqualTo(ALICE.toString());
    assertThat(bob.json().get("viewer").asText()).isEqualTo(BOB.toString());
    assertThat(anonymousAgain.json().get("viewer").asText()).isEqualTo("anonymous");
    assertThat(anonymousAgain.body()).isEqualTo(anonymous.body());
  }

  @Test
  void aRequestNamingTheCurrentTagIsAnswered304WithoutABody() {
    TestApi.Reply first = api.get(PAGE).send();

    TestApi.Reply again = api.get(PAGE).header("If-None-Match", first.header("ETag")).send();

    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(again.header("Cache-Control")).isEqualTo("public, max-age=4");
    assertThat(again.header("Vary")).isEqualTo("Accept-Encoding, X-User-Id, X-User-Role");
  }

  @Test
  void aConditionalRequestWithAnIdentityIsRevalidatedAndStaysPrivate() {
    TestApi.Reply first = api.get(STABLE).as(ALICE, Role.USER).send();

    TestApi.Reply again =
        api.get(STABLE)
            .as(ALICE, Role.USER)
            .header("If-None-Match", "\"other\", " + first.header("ETag"))
            .send();
    TestApi.Reply someoneElse =
        api.get(STABLE).as(BOB, Role.USER).header("If-None-Match", first.header("ETag")).send();

    assertThat(again.status()).isEqualTo(304);
    assertThat(again.header("Cache-Control")).isEqualTo("private, no-store");
    assertThat(someoneElse.status()).as("Bob's view differs from Alice's").isEqualTo(200);
    assertThat(someoneElse.json().get("viewer").asText()).isEqualTo(BOB.toString());
  }

  @Test
  void aTagOfOtherContentGetsTheWholeAnswer() {
    TestApi.Reply reply = api.get(PAGE).header("If-None-Match", "W/\"stale\"").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("viewer").asText()).isEqualTo("anonymous");
  }

  @Test
  void aWriteDropsEveryKeptPage() {
    TestApi.Reply before = api.get(PAGE).send();

    TestApi.Reply write = api.post(PAGE).as(ALICE, Role.ORGANIZER).send();
    TestApi.Reply after = api.get(PAGE).send();

    assertThat(write.status()).isEqualTo(204);
    assertThat(after.json().get("read").asInt()).isEqualTo(2);
    assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
    assertThat(api.get(PAGE).header("If-None-Match", before.header("ETag")).send().status())
        .isEqualTo(200);
  }

  @Test
  void aFailedReadIsNeitherKeptNorMarkedCacheable() {
    missing = true;
    TestApi.Reply failed = api.get(PAGE).send();
    missing = false;

    TestApi.Reply found = api.get(PAGE).send();

    failed.assertProblem(404, "probe-not-found");
    assertThat(failed.header("Cache-Control")).isNull();
    assertThat(failed.header("ETag")).isNull();
    assertThat(found.status()).isEqualTo(200);
  }

  @Test
  void aLargePageGoesGzippedToCallersThatAcceptItWithTheSameTag() throws Exception {
    TestApi.Reply plain = api.get(LARGE).send();

    HttpResponse<byte[]> zipped = getBytes(LARGE, "gzip, deflate");
    HttpResponse<byte[]> refused = getBytes(LARGE, "gzip;q=0, identity");

    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().firstValue("ETag")).hasValue(plain.header("ETag"));
    try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(plain.body());
    }
    assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
  }

  private HttpResponse<byte[]> getBytes(String path, String acceptEncoding) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path))
                .header("Accept-Encoding", acceptEncoding)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void headAnswersTheSameHeadersWithoutABody() {
    TestApi.Reply get = api.get(PAGE).send();

    TestApi.Reply head = api.request("HEAD", PAGE).send();

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
    assertThat(head.header("Cache-Control")).isEqualTo("public, max-age=4");
  }
}
