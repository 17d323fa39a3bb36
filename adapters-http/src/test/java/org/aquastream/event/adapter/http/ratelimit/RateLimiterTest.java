package org.aquastream.event.adapter.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.aquastream.event.adapter.http.RequestHooks;
import org.aquastream.event.adapter.http.StubAnswers;
import org.aquastream.event.adapter.http.TestApi;
import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong nanos = new AtomicLong();
  private final TimeMeter clock =
      new TimeMeter() {
        @Override
        public long currentTimeNanos() {
          return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
          return false;
        }
      };

  private TestApi api(long bookings, long lists) {
    RateLimiter limiter =
        new RateLimiter(
            new LocalBucketStore(clock, 1000),
            new ClientAddress(List.of("127.0.0.1", "::1")),
            new RateLimit("booking-create", bookings, Duration.ofMinutes(1)),
            new RateLimit("event-list", lists, Duration.ofMinutes(1)));
    return new TestApi(new RequestHooks(List.of(limiter), List.of()));
  }

  private static String booking() {
    return "{\"eventId\":\"" + StubAnswers.EVENT_ID + "\"}";
  }

  @Test
  void theEleventhBookingOfAUserInAMinuteIsRefusedWithRetryAfter() {
    try (TestApi api = api(10, 100)) {
      for (int i = 0; i < 10; i++) {
        var reply = api.post("/api/v1/bookings").as(Role.USER).json(booking()).send();
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(9 - i));
        assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("10");
      }

      var refused = api.post("/api/v1/bookings").as(Role.USER).json(booking()).send();

      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.json().path("code").asText()).isEqualTo("rate-limited");
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.header("Retry-After")).isEqualTo("6");
      assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
      assertThat(api.useCases.calls())
          .filteredOn(c -> c.useCase().equals("createBooking"))
          .hasSize(10);
    }
  }

  @Test
  void anotherUserHasABucketOfItsOwnAndTokensComeBackOverTime() {
    try (TestApi api = api(1, 100)) {
      assertThat(api.post("/api/v1/bookings").as(Role.USER).json(booking()).send().status())
          .isEqualTo(201);
      assertThat(api.post("/api/v1/bookings").as(Role.USER).json(booking()).send().status())
          .isEqualTo(429);
      assertThat(
              api.post("/api/v1/bookings")
                  .as(UUID.randomUUID(), Role.USER)
                  .json(booking())
                  .send()
                  .status())
          .isEqualTo(201);

      nanos.addAndGet(Duration.ofMinutes(1).toNanos());

      assertThat(api.post("/api/v1/bookings").as(Role.USER).json(booking()).send().status())
          .isEqualTo(201);
    }
  }

  @Test
  void guestsListingEventsAreCountedPerClientAddressFromTheTrustedGateway() {
    try (TestApi api = api(10, 2)) {
      for (int i = 0; i < 2; i++) {
        assertThat(
                api.get("/api/v1/events").header("X-Forwarded-For", "198.51.100.1").send().status())
            .isEqualTo(200);
      }
      var refused = api.get("/api/v1/events").header("X-Forwarded-For", "198.51.100.1").send();
      var otherClient = api.get("/api/v1/events").header("X-Forwarded-For", "198.51.100.2").send();
      var signedIn = api.get("/api/v1/events").as(Role.USER).send();

      assertThat(refused.status()).isEqualTo(429);
      assertThat(otherClient.status()).isEqualTo(200);
      assertThat(otherClient.header("X-RateLimit-Remaining")).isEqualTo("1");
      assertThat(signedIn.status()).isEqualTo(200);
    }
  }

  @Test
  void aHeadOfTheCatalogSpendsTheTokensOfItsGet() {
    try (TestApi api = api(10, 1)) {
      var head = api.request("HEAD", "/api/v1/events").as(Role.USER).send();
      var get = api.get("/api/v1/events").as(Role.USER).send();

      assertThat(head.status()).isEqualTo(200);
      assertThat(head.header("X-RateLimit-Remaining")).isEqualTo("0");
      assertThat(get.status()).isEqualTo(429);
    }
  }

  @Test
  void otherRoutesAreNotLimited() {
    try (TestApi api = api(1, 1)) {
      for (int i = 0; i < 3; i++) {
        var reply = api.get("/api/v1/events/" + StubAnswers.EVENT_ID).send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-RateLimit-Remaining")).isNull();
      }
    }
  }

  @Test
  void fullBucketsAreForgottenWhenTooManyClientsAreTracked() {
    LocalBucketStore store = new LocalBucketStore(clock, 2);
    RateLimit limit = new RateLimit("event-list", 5, Duration.ofMinutes(1));
    store.bucket("a", limit.configuration()).tryConsume(1);
    store.bucket("b", limit.configuration());
    store.bucket("c", limit.configuration());
    nanos.addAndGet(Duration.ofMinutes(1).toNanos());

    store.bucket("d", limit.configuration());

    assertThat(store.size()).isEqualTo(1);
  }
}
