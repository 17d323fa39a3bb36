package org.aquastream.event.adapter.http.common;

import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.ConflictException;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.InvalidValueException;

/** Maps every failure a request can end in to its problem; anything unknown is a generic 500. */
public final class Problems {
  static final String INTERNAL_DETAIL =
      "An unexpected error occurred; please quote the traceId when reporting it";
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  private Problems() {}

  public static Problem from(Throwable failure) {
    return switch (failure) {
      case ProblemException e -> e.problem();
      case RequestValidationException e -> Problem.validation(e.errors());
      case InvalidValueException e ->
          Problem.validation(List.of(new FieldError(e.field(), e.getMessage())));
      case MalformedRequestException e ->
          Problem.of(400, "malformed-request", "Malformed request", e.getMessage());
      case UnauthorizedException e ->
          Problem.of(401, "unauthorized", "Unauthorized", e.getMessage());
      case AccessDeniedException e -> Problem.of(403, "forbidden", "Forbidden", e.getMessage());
      case NotFoundException e -> notFound(e.resource(), e.getMessage());
      case InvalidStateException e ->
          Problem.of(409, "invalid-state", "Invalid state", e.getMessage());
      case ConflictException e ->
          Problem.of(409, e.code() != null ? e.code() : "conflict", "Conflict", e.getMessage());
      case DependencyUnavailableException e -> dependencyUnavailable(e);
      case HttpResponseException e -> fromJavalin(e);
      default -> Problem.of(500, "internal-error", "Internal error", INTERNAL_DETAIL);
    };
  }

  /** {@code <resource>-not-found}, e.g. {@code event-not-found}. */
  public static Problem notFound(String resource, String detail) {
    if (resource == null || resource.isBlank()) {
      return Problem.of(404, "not-found", "Not found", detail);
    }
    String slug = resource.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String title = Character.toUpperCase(resource.charAt(0)) + resource.substring(1) + " not found";
    return Problem.of(404, slug + "-not-found", title, detail);
  }

  private static Problem dependencyUnavailable(DependencyUnavailableException e) {
    Duration retryAfter = e.retryAfter() != null ? e.retryAfter() : DEFAULT_RETRY_AFTER;
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return Problem.of(
            503,
            "dependency-unavailable",
            "Dependency unavailable",
            "A service this request needs is unavailable; retry in " + seconds + " seconds")
        .withHeader("Retry-After", Long.toString(seconds));
  }

  private static Problem methodNotAllowed(HttpResponseException e) {
    Problem problem =
        Problem.of(
            405,
            "method-not-allowed",
            "Method not allowed",
            "This path does not support the request method");
    String allowed = e.getDetails().get("availableMethods");
    return allowed == null ? problem : problem.withHeader("Allow", allowed);
  }

  private static Problem fromJavalin(HttpResponseException e) {
    return e.getStatus() == 405 ? methodNotAllowed(e) : forStatus(e.getStatus(), e.getMessage());
  }

  /**
   * The problem for a bare HTTP status, raised by Javalin or by Jetty before any route ran (a
   * request line, URI or headers it refuses); {@code reason} is its short explanation, if any.
   */
  public static Problem forStatus(int status, String reason) {
    String detail = reason == null || reason.isBlank() ? null : reason;
    return switch (status) {
      case 400 ->
          Problem.of(
              400,
              "malformed-request",
              "Malformed request",
              detail != null ? detail : "The request is malformed");
      case 401 -> Problem.of(401, "unauthorized", "Unauthorized", detail);
      case 403 -> Problem.of(403, "forbidden", "Forbidden", detail);
      case 404 -> Problem.of(404, "not-found", "Not found", "No resource exists at this path");
      case 405 ->
          Problem.of(
              405,
              "method-not-allowed",
              "Method not allowed",
              "This path does not support the request method");
      case 413 ->
          Problem.of(413, "payload-too-large", "Payload too large", "The request body is too large")
              .withHeader("Connection", "close");
      case 414 -> Problem.of(414, "uri-too-long", "URI too long", "The request URI is too long");
      case 431 ->
          Problem.of(
              431,
              "headers-too-large",
              "Request headers too large",
              "The request headers are too large");
      default -> {
        int known = status >= 400 && status < 600 ? status : 500;
        yield known >= 500
            ? Problem.of(known, "internal-error", "Internal error", INTERNAL_DETAIL)
            : Problem.of(known, "http-" + known, "Request refused", detail);
      }
    };
  }
}
