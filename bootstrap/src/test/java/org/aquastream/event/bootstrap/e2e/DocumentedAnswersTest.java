package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.aquastream.event.adapter.http.RegisteredRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route the service registers is probed for the answers every route may give, and each one
 * must be in the OpenAPI document with its headers: 401 for malformed identity headers wherever
 * they are read, 415 for a body that is not JSON wherever a body is read, 429 (with {@code
 * Retry-After} and {@code X-RateLimit-*}) wherever requests are limited, and nowhere else.
 */
class DocumentedAnswersTest {
  private static RunningService running;
  private static OpenApiContract contract;
  private static List<RegisteredRoute> routes;

  @BeforeAll
  static void start() {
    // One request per client and minute, so that the second one shows which routes are limited.
    running =
        RunningService.start(
            Map.of(
                "APP_RATE_LIMIT_BOOKING_CREATE_LIMIT", "1",
                "APP_RATE_LIMIT_EVENT_LIST_LIMIT", "1"));
    contract = new OpenApiContract(running.api.as(Caller.guest()).get("/openapi.json").body());
    routes = running.service.routes();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void aMalformedIdentityIsADocumented401WhereverIdentityIsRead() {
    List<String> violations = new ArrayList<>();
    for (RegisteredRoute route : routes) {
      Api.Reply reply =
          send(
              request(route, Caller.guest())
                  .withHeader("X-User-Id", "not-a-uuid")
                  .withHeader("X-User-Role", "ADMIN"));
      boolean readsIdentity = !contract.isTagged(route.method(), route.path(), "operations");
      if (readsIdentity && reply.status() != 401) {
        violations.add(route + " answered " + reply.status() + ", not 401");
      }
      if (!readsIdentity && reply.status() == 401) {
        violations.add(route + " is an operations route, yet refused the caller");
      }
      violations.addAll(contract.violations(route.method(), route.path(), reply));
    }

    assertThat(violations).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonIsADocumented415WhereverABodyIsRead() {
    List<String> violations = new ArrayList<>();
    for (RegisteredRoute route : routes) {
      Api.Reply reply =
          send(
              request(route, Caller.admin())
                  .withHeader("Content-Type", "text/plain")
                  .withBody("{}".getBytes(StandardCharsets.UTF_8)));
      boolean readsABody = contract.readsABody(route.method(), route.path());
      if (readsABody != (reply.status() == 415)) {
        violations.add(
            route
                + (readsABody ? " reads a body" : " reads none")
                + ", answered "
                + reply.status());
      }
      violations.addAll(contract.violations(route.method(), route.path(), reply));
    }

    assertThat(violations).isEmpty();
  }

  @Test
  void theRateLimitedRoutesAndOnlyThoseDocument429WithItsHeaders() {
    Set<String> limited = new TreeSet<>();
    Set<String> documented = new TreeSet<>();
    List<String> violations = new ArrayList<>();
    for (RegisteredRoute route : routes) {
      Caller caller = Caller.admin();
      Api.Reply first = send(request(route, caller));
      Api.Reply second = send(request(route, caller));
      if (second.status() == 429) {
        limited.add(route.toString());
      }
      if (contract.documents(route.method(), route.path(), 429)) {
        documented.add(route.toString());
      }
      violations.addAll(contract.violations(route.method(), route.path(), first));
      violations.addAll(contract.violations(route.method(), route.path(), second));
    }

    assertThat(limited).as("limited routes").isNotEmpty().isEqualTo(documented);
    assertThat(violations).isEmpty();
  }

  /** A request to {@code route} with every path parameter filled in, as {@code caller}. */
  private static Hostile request(RegisteredRoute route, Caller caller) {
    String path =
        route
            .path()
            .replace("{id}", UUID.randomUUID().toString())
            .replace("{paymentId}", UUID.randomUUID().toString())
            .replace("{slug}", "no-such-club")
            .replace("{name}", "jvm.threads.live")
            .replace("{asset}", "favicon-16x16.png");
    return Hostile.of("probe", route.method(), path, caller);
  }

  private static Api.Reply send(Hostile request) {
    return request.send(running.service.port());
  }
}
