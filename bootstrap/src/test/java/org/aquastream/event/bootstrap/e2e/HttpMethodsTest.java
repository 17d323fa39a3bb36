package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The method a request is sent with is the method it is served as: {@code X-HTTP-Method-Override}
 * and {@code _method} twins are ignored, so a GET never changes state; and HEAD answers as the GET
 * of the same route does, for every caller, without a body.
 */
class HttpMethodsTest {
  private static RunningService running;
  private static Workspace workspace;
  private static Workspace.Organizer organizer;
  private static Caller participant;

  @BeforeAll
  static void start() {
    running = RunningService.start(Map.of("APP_RATE_LIMIT_ENABLED", "false"));
    workspace = new Workspace(running);
    organizer = workspace.organizer("Methods Club");
    participant = Caller.user();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void aGetClaimingToBeAPostNeverPublishesADraft() {
    String draft = workspace.draftEvent(organizer);

    Api.Reply reply = claiming("POST", "GET", "/api/v1/events/" + draft + "/publish", owner());

    assertThat(reply.status()).isEqualTo(405);
    assertThat(eventStatus(draft)).isEqualTo("DRAFT");
  }

  @Test
  void aGetClaimingToBeAPutNeverCancelsABooking() {
    String booking = workspace.booking(participant, workspace.publishedEvent(organizer));

    Api.Reply reply =
        claiming("PUT", "GET", "/api/v1/bookings/" + booking + "/cancel", participant);

    assertThat(reply.status()).isEqualTo(405);
    assertThat(bookingStatus(booking)).isEqualTo("PENDING");
  }

  @Test
  void aMethodParameterInTheQueryOrTheFormChangesNothing() {
    String draft = workspace.draftEvent(organizer);
    String publish = "/api/v1/events/" + draft + "/publish";

    Api.Reply query = send(Hostile.of("query twin", "GET", publish + "?_method=POST", owner()));
    Api.Reply form =
        send(
            Hostile.of("form twin", "GET", publish, owner())
                .withHeader("Content-Type", "application/x-www-form-urlencoded")
                .withBody("_method=POST".getBytes(StandardCharsets.UTF_8)));

    assertThat(query.status()).isEqualTo(405);
    assertThat(form.status()).isEqualTo(405);
    assertThat(eventStatus(draft)).isEqualTo("DRAFT");
  }

  @Test
  void aPostClaimingToBeAGetIsServedAsThePostItIs() {
    String draft = workspace.draftEvent(organizer);

    Api.Reply reply = claiming("GET", "POST", "/api/v1/events/" + draft + "/publish", owner());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(eventStatus(draft)).isEqualTo("PUBLISHED");
  }

  static Stream<Arguments> headOfEveryKindOfCaller() {
    List<String> paths =
        List.of(
            "/api/v1/events",
            "/api/v1/organizers",
            "/api/v1/bookings",
            "/api/v1/organizer/events",
            "/actuator/scheduledtasks",
            "/actuator/health/liveness",
            "/openapi.json");
    List<Arguments> cases = new ArrayList<>();
    for (String path : paths) {
      for (String role : List.of("GUEST", "USER", "ORGANIZER", "ADMIN")) {
        cases.add(Arguments.of(path, role));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "HEAD {0} as {1}")
  @MethodSource("headOfEveryKindOfCaller")
  void headAnswersAsTheGetOfTheSameRouteWithoutABody(String path, String role) {
    Caller caller = caller(role);

    Api.Reply get = send(Hostile.of("get", "GET", path, caller));
    Api.Reply head = send(Hostile.of("head", "HEAD", path, caller));

    assertThat(head.status()).as(role + " " + get.body()).isEqualTo(get.status());
    assertThat(head.contentType()).isEqualTo(get.contentType());
    assertThat(head.body().isNull()).as("no body").isTrue();
  }

  private static Caller owner() {
    return organizer.owner();
  }

  private static Caller caller(String role) {
    return switch (role) {
      case "GUEST" -> Caller.guest();
      case "USER" -> participant;
      case "ORGANIZER" -> owner();
      default -> Caller.admin();
    };
  }

  /** Sends {@code method path}, claiming {@code claimed} in {@code X-HTTP-Method-Override}. */
  private static Api.Reply claiming(String claimed, String method, String path, Caller caller) {
    return send(
        Hostile.of("override", method, path, caller).withHeader("X-HTTP-Method-Override", claimed));
  }

  private static Api.Reply send(Hostile request) {
    return request.send(running.service.port());
  }

  private static String eventStatus(String event) {
    return running.api.as(owner()).get("/api/v1/events/" + event).text("status");
  }

  private static String bookingStatus(String booking) {
    return running.api.as(participant).get("/api/v1/bookings/" + booking).text("status");
  }
}
