package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.adapter.http.common.RequestTrace;
import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.MDC;

class RequestTraceTest {
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";
  private static final String GENERATED = "[0-9a-f]{32}";

  private final TestApi api =
      new TestApi(
          routes -> routes.get("/test/mdc", Role.GUEST, ctx -> ctx.result(MDC.get("traceId"))));

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void theRequestIdOfTheCallerIsEchoed() {
    TestApi.Reply reply = api.get("/test/mdc").header("X-Request-Id", "req-123").send();

    assertThat(reply.header("X-Request-Id")).isEqualTo("req-123");
  }

  @Test
  void withoutARequestIdTheTraceIdOfTraceparentIsUsed() {
    TestApi.Reply reply = api.get("/test/mdc").header("traceparent", TRACEPARENT).send();

    assertThat(reply.header("X-Request-Id")).isEqualTo(TRACE_ID);
  }

  @Test
  void aRequestIdWinsOverTraceparent() {
    TestApi.Reply reply =
        api.get("/test/mdc")
            .header("X-Request-Id", "req-1")
            .header("traceparent", TRACEPARENT)
            .send();

    assertThat(reply.header("X-Request-Id")).isEqualTo("req-1");
  }

  @Test
  void withNeitherHeaderANewIdIsMadeForEachRequest() {
    String first = api.get("/test/mdc").send().header("X-Request-Id");
    String second = api.get("/test/mdc").send().header("X-Request-Id");

    assertThat(first).matches(GENERATED);
    assertThat(second).matches(GENERATED).isNotEqualTo(first);
  }

  @Test
  void theTraceIdIsInTheLogContextWhileTheRequestRuns() {
    TestApi.Reply reply = api.get("/test/mdc").header("X-Request-Id", "req-mdc").send();

    assertThat(reply.body()).isEqualTo("req-mdc");
  }

  @Test
  void errorsEchoTheTraceIdAndQuoteIt() {
    TestApi.Reply reply = api.get("/api/v1/unknown").header("traceparent", TRACEPARENT).send();

    reply.assertProblem(404, "not-found");
    assertThat(reply.header("X-Request-Id")).isEqualTo(TRACE_ID);
    assertThat(reply.json().get("traceId").asText()).isEqualTo(TRACE_ID);
  }

  @Test
  void refusedIdentitiesEchoTheTraceIdToo() {
    TestApi.Reply reply = api.get("/api/v1/bookings").header("X-Request-Id", "req-401").send();

    reply.assertProblem(401, "unauthorized");
    assertThat(reply.header("X-Request-Id")).isEqualTo("req-401");
  }

  @ParameterizedTest(name = "X-Request-Id [{0}], traceparent [{1}] -> [{2}]")
  @CsvSource(
      nullValues = "null",
      value = {
        "abc-123,                null,                                                    abc-123",
        "null,                   00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, 4bf92f3577b34da6a3ce929d0e0e4736",
        "'has space',            00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, 4bf92f3577b34da6a3ce929d0e0e4736",
        "'evil;header<x>', null,                                                    GENERATED",
        "null,                   00-00000000000000000000000000000000-00f067aa0ba902b7-01, GENERATED",
        "null,                   00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01, GENERATED",
        "null,                   not-a-traceparent,                                       GENERATED",
        "null,                   00-4bf92f3577b34da6-00f067aa0ba902b7-01,                 GENERATED",
      })
  void theTraceIdComesFromUsableHeadersOnly(String requestId, String traceparent, String expected) {
    String traceId = RequestTrace.resolve(requestId, traceparent);

    if (expected.equals("GENERATED")) {
      assertThat(traceId).matches(GENERATED);
    } else {
      assertThat(traceId).isEqualTo(expected);
    }
  }

  @Test
  void aRequestIdLongerThan128CharactersIsReplaced() {
    assertThat(RequestTrace.resolve("a".repeat(129), null)).matches(GENERATED);
    assertThat(RequestTrace.resolve("a".repeat(128), null)).isEqualTo("a".repeat(128));
  }
}
