package org.aquastream.event.adapter.http.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.aquastream.event.adapter.http.RequestHooks;
import org.aquastream.event.adapter.http.StubAnswers;
import org.aquastream.event.adapter.http.TestApi;
import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AccessLogTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void capture() {
    lines.start();
    logger.addAppender(lines);
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
  }

  @AfterEach
  void release() {
    logger.detachAppender(lines);
  }

  @Test
  void oneLinePerRequestWithRouteStatusUserAndTheTraceId() {
    try (TestApi api = new TestApi(new RequestHooks(List.of(), List.of(new AccessLog())))) {
      api.get("/api/v1/bookings/" + StubAnswers.BOOKING_ID + "?secret=x")
          .as(Role.USER)
          .header("X-Request-Id", "trace-42")
          .send();
      api.get("/nowhere").header("X-Request-Id", "trace-43").send();
    }

    assertThat(lines.list).hasSize(2);
    ILoggingEvent first = lines.list.get(0);
    assertThat(first.getFormattedMessage())
        .matches("GET /api/v1/bookings/\\{id} 200 \\d+ms user=" + StubAnswers.USER_ID)
        .doesNotContain("secret");
    assertThat(first.getMDCPropertyMap()).containsEntry("traceId", "trace-42");
    assertThat(lines.list.get(1).getFormattedMessage()).startsWith("GET NOT_FOUND 404 ");
    assertThat(lines.list.get(1).getMDCPropertyMap()).containsEntry("traceId", "trace-43");
  }
}
