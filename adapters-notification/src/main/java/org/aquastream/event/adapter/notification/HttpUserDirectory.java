package org.aquastream.event.adapter.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.aquastream.event.adapter.peer.PeerCall;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.PeerRejectedException;
import org.aquastream.event.application.port.out.booking.UserDirectory;
import org.aquastream.event.domain.shared.UserId;

/**
 * The User Service's profiles over HTTP: {@code GET /api/v1/users/{userId}/profile}; a user can be
 * reached, and so may book, with a phone number or a Telegram account. An unknown user (404)
 * cannot. It lives beside the Notification Service client because both ask the same thing: how to
 * reach a person (docs/adr/0018).
 */
public final class HttpUserDirectory implements UserDirectory {
  /** The dependency's name in failures, metrics and health. */
  public static final String PEER = "userService";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpUrl base;
  private final PeerCall call;
  private final Duration openWait;

  /**
   * @param baseUrl where the service listens, e.g. {@code http://backend-user:8101}
   * @param client the client to call it with; its call timeout bounds every call
   * @param openWait how long {@code breaker} stays open once tripped
   */
  public HttpUserDirectory(
      URI baseUrl, OkHttpClient client, CircuitBreaker breaker, Duration openWait) {
    this.base = HttpUrl.get(baseUrl.toString());
    this.call = new PeerCall(PEER, client, breaker, openWait);
    this.openWait = openWait;
  }

  @Override
  public boolean hasCompleteProfile(UserId user) {
    HttpUrl url =
        base.newBuilder()
            .addPathSegments("api/v1/users")
            .addPathSegment(user.value().toString())
            .addPathSegment("profile")
            .build();
    Request request =
        new Request.Builder().url(url).header("Accept", "application/json").get().build();
    try {
      return call.execute(
          request,
          response -> MAPPER.readValue(response.body().string(), Profile.class).reachable());
    } catch (PeerRejectedException e) {
      if (e.status() == 404) {
        return false;
      }
      // Any other refusal (401, 403, 400) means this service cannot ask, not that the user
      // is unreachable: booking waits, as for an outage.
      throw new DependencyUnavailableException(
          PEER, openWait, "profile request refused: " + e.getMessage(), e);
    }
  }

  /** The part of a profile that decides reachability. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Profile(String phone, String telegram) {
    boolean reachable() {
      return present(phone) || present(telegram);
    }

    private static boolean present(String value) {
      return value != null && !value.isBlank();
    }
  }
}
