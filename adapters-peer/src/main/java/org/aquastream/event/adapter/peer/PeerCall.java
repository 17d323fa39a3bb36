package org.aquastream.event.adapter.peer;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.PeerRejectedException;

/**
 * One HTTP call to a peer service through its circuit breaker and call timeout. Whatever goes wrong
 * leaves as the application's own failure types: a timeout, a refused connection, a 5xx or an open
 * circuit as {@link DependencyUnavailableException} (the first three also count against the
 * circuit), a 4xx as {@link PeerRejectedException} (the peer is up; the breakers are configured to
 * count it as a success). The one copy both peer adapters call through (docs/adr/0017).
 */
public final class PeerCall {
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  private final String peer;
  private final OkHttpClient client;
  private final CircuitBreaker breaker;
  private final Duration openWait;

  /**
   * @param peer the dependency's name in failures and health ({@code paymentService})
   * @param client the client to call it with; its call timeout bounds every call
   * @param breaker the peer's own breaker, recording every failure but {@link
   *     PeerRejectedException}
   * @param openWait how long the breaker stays open; what a caller is told to wait
   */
  public PeerCall(String peer, OkHttpClient client, CircuitBreaker breaker, Duration openWait) {
    this.peer = peer;
    this.client = client;
    this.breaker = breaker;
    this.openWait = openWait;
  }

  /** What to make of a 2xx answer. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(Response response) throws IOException;
  }

  /**
   * Sends {@code request} and reads a 2xx answer with {@code reader}; a reader that fails makes the
   * answer unreadable, which counts as an outage.
   *
   * @throws DependencyUnavailableException on a timeout, refused connection, 5xx, unreadable answer
   *     or open circuit, with the peer's {@code Retry-After}, the open wait, or 5 s
   * @throws PeerRejectedException on a 4xx
   */
  public <T> T execute(Request request, Reader<T> reader) {
    try {
      return breaker.executeCallable(() -> exchange(request, reader));
    } catch (CallNotPermittedException e) {
      throw unavailable("circuit open", openWait, e);
    } catch (PeerRejectedException | DependencyUnavailableException e) {
      throw e;
    } catch (InterruptedIOException e) {
      // OkHttp reports both its call timeout and a socket read timeout this way.
      throw unavailable("timeout after " + client.callTimeoutMillis() + "ms", null, e);
    } catch (ConnectException e) {
      throw unavailable("connection refused", null, e);
    } catch (IOException e) {
      throw unavailable("I/O error: " + e.getClass().getSimpleName(), null, e);
    } catch (Exception e) {
      throw unavailable("unreadable answer: " + e.getClass().getSimpleName(), null, e);
    }
  }

  /**
   * True unless the breaker would refuse a call now. Asking does not use up a call the breaker
   * allows while half-open; it may move an open breaker whose wait has passed to half-open.
   */
  public boolean acceptsCalls() {
    if (!breaker.tryAcquirePermission()) {
      return false;
    }
    breaker.releasePermission();
    return true;
  }

  private <T> T exchange(Request request, Reader<T> reader) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      int code = response.code();
      if (code >= 500) {
        throw new DependencyUnavailableException(peer, retryAfter(response), "HTTP " + code, null);
      }
      if (code >= 400) {
        throw new PeerRejectedException(peer, code, "HTTP " + code);
      }
      return reader.read(response);
    }
  }

  private DependencyUnavailableException unavailable(
      String what, Duration retryAfter, Throwable cause) {
    return new DependencyUnavailableException(
        peer, retryAfter == null ? DEFAULT_RETRY_AFTER : retryAfter, what, cause);
  }

  /** The peer's own {@code Retry-After} in seconds, if it sent one. */
  private static Duration retryAfter(Response response) {
    String header = response.header("Retry-After");
    if (header != null && header.strip().matches("\\d{1,6}")) {
      return Duration.ofSeconds(Long.parseLong(header.strip()));
    }
    return DEFAULT_RETRY_AFTER;
  }
}
