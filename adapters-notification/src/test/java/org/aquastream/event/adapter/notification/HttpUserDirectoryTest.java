package org.aquastream.event.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.aquastream.event.adapter.peer.PeerServer;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The User Service profile check against a real HTTP server on 127.0.0.1. */
class HttpUserDirectoryTest {
  private static final UserId USER =
      new UserId(UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));

  private PeerServer peer;
  private HttpUserDirectory users;

  @BeforeEach
  void start() throws IOException {
    peer = new PeerServer("userService");
    users = new HttpUserDirectory(peer.url(), peer.client, peer.breaker, PeerServer.OPEN_WAIT);
  }

  @AfterEach
  void stop() {
    peer.close();
  }

  @Test
  void aUserWithAPhoneMayBookAndTheProfileIsAskedForByUserId() throws Exception {
    peer.answer(200, "{\"id\":\"x\",\"phone\":\"+79990001122\",\"telegram\":null,\"name\":\"A\"}");

    assertThat(users.hasCompleteProfile(USER)).isTrue();

    RecordedRequest recorded = peer.server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(recorded.getMethod()).isEqualTo("GET");
    assertThat(recorded.getUrl().encodedPath())
        .isEqualTo("/api/v1/users/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/profile");
  }

  @Test
  void aTelegramAccountIsEnoughToo() {
    peer.answer(200, "{\"phone\":\"\",\"telegram\":\"@diver\"}");

    assertThat(users.hasCompleteProfile(USER)).isTrue();
  }

  @Test
  void aProfileWithNeitherIsIncomplete() {
    peer.answer(200, "{\"phone\":null,\"telegram\":\"  \"}");

    assertThat(users.hasCompleteProfile(USER)).isFalse();
  }

  @Test
  void anUnknownUserIsIncomplete() {
    peer.answer(404);

    assertThat(users.hasCompleteProfile(USER)).isFalse();
  }

  @Test
  void aServiceThatRefusesToAnswerIsUnavailable() {
    peer.answer(401);

    assertThatThrownBy(() -> users.hasCompleteProfile(USER))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasMessage("profile request refused: HTTP 401");
  }

  @Test
  void aSlowServiceFailsWithinTheTimeoutAsUnavailable() {
    peer.server.enqueue(new MockResponse.Builder().headersDelay(8, TimeUnit.SECONDS).build());
    HttpUserDirectory impatient =
        new HttpUserDirectory(peer.url(), peer.impatient, peer.breaker, PeerServer.OPEN_WAIT);
    long started = System.nanoTime();

    DependencyUnavailableException failure =
        catchThrowableOfType(
            DependencyUnavailableException.class, () -> impatient.hasCompleteProfile(USER));

    assertThat(failure.dependency()).isEqualTo("userService");
    assertThat(failure.getMessage()).isEqualTo("timeout after 2000ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(PeerServer.TIMEOUT.plus(Duration.ofMillis(1500)));
  }

  @Test
  void fiveOutagesInARowOpenTheCircuitAndTheNextCheckFailsFast() {
    for (int i = 0; i < 5; i++) {
      peer.answer(502);
      assertThatThrownBy(() -> users.hasCompleteProfile(USER))
          .isInstanceOf(DependencyUnavailableException.class);
    }
    int requestsBefore = peer.server.getRequestCount();

    DependencyUnavailableException failure =
        catchThrowableOfType(
            DependencyUnavailableException.class, () -> users.hasCompleteProfile(USER));

    assertThat(failure.getMessage()).isEqualTo("circuit open");
    assertThat(failure.retryAfter()).isEqualTo(PeerServer.OPEN_WAIT);
    assertThat(peer.server.getRequestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void theLocalStandInFindsEveryoneReachable() {
    assertThat(new LocalUserDirectory().hasCompleteProfile(USER)).isTrue();
  }
}
