package org.aquastream.event.adapter.http;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.domain.shared.UserId;

/**
 * What is known about a request once its response is written.
 *
 * @param route the matched route template ({@code /api/v1/events/{id}}), or {@link #NOT_FOUND} when
 *     no route matched; never the raw path, so metrics keep a bounded set of tag values
 * @param user the caller, when the gateway identified one
 */
public record FinishedRequest(
    String method,
    String route,
    int status,
    Duration duration,
    String traceId,
    Optional<UserId> user) {
  public static final String NOT_FOUND = "NOT_FOUND";

  /** {@code SUCCESS}, {@code CLIENT_ERROR}, ... as Spring Boot tags {@code outcome}. */
  public String outcome() {
    return switch (status / 100) {
      case 1 -> "INFORMATIONAL";
      case 2 -> "SUCCESS";
      case 3 -> "REDIRECTION";
      case 4 -> "CLIENT_ERROR";
      case 5 -> "SERVER_ERROR";
      default -> "UNKNOWN";
    };
  }
}
