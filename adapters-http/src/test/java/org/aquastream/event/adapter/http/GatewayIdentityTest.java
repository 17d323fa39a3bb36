package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GatewayIdentityTest {
  private static final String USER_ID = StubAnswers.USER_ID.toString();
  private static final String PUBLIC_ROUTE = "/api/v1/events/" + StubAnswers.EVENT_ID;
  private static final String USER_ROUTE = "/api/v1/bookings";
  private static final String ORGANIZER_ROUTE = "/api/v1/organizer/events";

  private final TestApi api = new TestApi();

  @AfterEach
  void stop() {
    api.close();
  }

  static Stream<Arguments> headersOnAUserRoute() {
    return Stream.of(
        Arguments.of("no headers at all", null, null, 401, "unauthorized"),
        Arguments.of("blank headers", " ", "", 401, "unauthorized"),
        Arguments.of("a role above GUEST without an id", null, "USER", 401, "unauthorized"),
        Arguments.of("an id that is no UUID", "user-42", "USER", 401, "unauthorized"),
        Arguments.of("an id in the lax 1-1-1-1-1 form", "1-1-1-1-1", "USER", 401, "unauthorized"),
        Arguments.of("an unknown role", USER_ID, "SUPERUSER", 401, "unauthorized"),
        Arguments.of("a role in lower case", USER_ID, "user", 401, "unauthorized"),
        Arguments.of("an id with the GUEST role", USER_ID, "GUEST", 401, "unauthorized"),
        Arguments.of("an id without a role", USER_ID, null, 200, null),
        Arguments.of("an id with the USER role", USER_ID, "USER", 200, null),
        Arguments.of("an ORGANIZER, who may do what a USER may", USER_ID, "ORGANIZER", 200, null),
        Arguments.of("an ADMIN, who may do everything", USER_ID, "ADMIN", 200, null));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("headersOnAUserRoute")
  void aUserRouteChecksTheGatewayHeaders(
      String description, String userId, String role, int status, String code) {
    TestApi.Request request = api.get(USER_ROUTE);
    if (userId != null) {
      request.header("X-User-Id", userId);
    }
    if (role != null) {
      request.header("X-User-Role", role);
    }

    TestApi.Reply reply = request.send();

    if (code == null) {
      assertThat(reply.status()).isEqualTo(status);
    } else {
      reply.assertProblem(status, code);
      assertThat(api.useCases.calls()).isEmpty();
    }
  }

  @Test
  void aGuestMayReadThePublicCatalog() {
    assertThat(api.get(PUBLIC_ROUTE).send().status()).isEqualTo(200);

    assertThat(api.useCases.lastCall().arg(0, Actor.class)).isEqualTo(Actor.guest());
  }

  @Test
  void brokenHeadersAreRefusedOnPublicRoutesToo() {
    api.get(PUBLIC_ROUTE).header("X-User-Id", "nope").send().assertProblem(401, "unauthorized");
  }

  @Test
  void anIdentityHeaderSentTwiceIsRefused() {
    api.get(PUBLIC_ROUTE)
        .header("X-User-Id", USER_ID)
        .header("X-User-Role", "ADMIN")
        .extraHeader("X-User-Role", "USER")
        .send()
        .assertProblem(401, "unauthorized");

    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void anIdWithoutARoleActsAsAUser() {
    api.get(PUBLIC_ROUTE).header("X-User-Id", USER_ID).send();

    assertThat(api.useCases.lastCall().arg(0, Actor.class))
        .isEqualTo(Actor.of(new UserId(StubAnswers.USER_ID), Role.USER));
  }

  @Test
  void theUseCaseReceivesTheActorOfTheHeaders() {
    api.get(PUBLIC_ROUTE).as(Role.ORGANIZER).send();

    Actor actor = api.useCases.lastCall().arg(0, Actor.class);
    assertThat(actor.user()).isEqualTo(Optional.of(new UserId(StubAnswers.USER_ID)));
    assertThat(actor.role()).isEqualTo(Role.ORGANIZER);
  }

  @Test
  void aUserOnAnOrganizerRouteIsForbidden() {
    api.get(ORGANIZER_ROUTE).as(Role.USER).send().assertProblem(403, "forbidden");

    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void aGuestOnAnOrganizerRouteMustSignIn() {
    api.get(ORGANIZER_ROUTE).send().assertProblem(401, "unauthorized");
  }

  @Test
  void anOrganizerOnAnAdminRouteIsForbidden() {
    api.post("/api/v1/organizers")
        .as(Role.ORGANIZER)
        .json("{}")
        .send()
        .assertProblem(403, "forbidden");
  }

  @Test
  void anAdminMayUseOrganizerRoutes() {
    assertThat(api.get(ORGANIZER_ROUTE).as(Role.ADMIN).send().status()).isEqualTo(200);
  }
}
