package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A request is served as the method of its request line; HEAD as its GET, without a body. */
class RequestMethodTest {
  private static final String PUBLISH = "/api/v1/events/" + StubAnswers.EVENT_ID + "/publish";

  private final TestApi api = new TestApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"})
  void aGetNamingAnotherMethodInAHeaderStaysAGet(String header) {
    TestApi.Reply reply = api.get(PUBLISH).as(Role.ORGANIZER).header(header, "POST").send();

    reply.assertProblem(405, "method-not-allowed");
    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void aPostNamingGetInAHeaderStaysAPost() {
    TestApi.Reply reply =
        api.post(PUBLISH).as(Role.ORGANIZER).header("X-HTTP-Method-Override", "GET").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(api.useCases.lastCall().useCase()).isEqualTo("publishEvent");
  }

  @Test
  void headOfTheCatalogAnswersAsItsGetForAGuest() {
    TestApi.Reply get = api.get("/api/v1/events").send();
    TestApi.Reply head = api.request("HEAD", "/api/v1/events").send();

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
    assertThat(head.body()).isEmpty();
  }

  @Test
  void headOfAUsersListIsRefusedToAGuestAsItsGetIs() {
    TestApi.Reply head = api.request("HEAD", "/api/v1/bookings").send();

    assertThat(head.status()).isEqualTo(401);
    assertThat(head.header("Content-Type")).startsWith("application/problem+json");
    assertThat(head.body()).isEmpty();
  }
}
