package org.aquastream.event.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogFormatTest {

  @Test
  void jsonFormatReplacesTheTextLinesWithJsonObjectsCarryingTheTraceId() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> text = root.getAppender(LogFormat.TEXT_APPENDER);
    try {
      LogFormat.apply("json");

      assertThat(root.getAppender(LogFormat.TEXT_APPENDER)).isNull();
      Appender<ILoggingEvent> json = root.getAppender(LogFormat.JSON_APPENDER);
      assertThat(json).isNotNull();
      JsonEncoder encoder = (JsonEncoder) ((OutputStreamAppender<ILoggingEvent>) json).getEncoder();
      LoggingEvent event =
          new LoggingEvent(
              "x",
              root,
              ch.qos.logback.classic.Level.WARN,
              "Event capacity exceeded: eventId={}, available=0",
              null,
              new Object[] {"e-1"});
      event.setMDCPropertyMap(Map.of("traceId", "abc123"));
      String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
      assertThat(line)
          .startsWith("{")
          .contains("\"level\":\"WARN\"")
          .contains("\"traceId\":\"abc123\"")
          .contains("\"formattedMessage\":\"Event capacity exceeded: eventId=e-1, available=0\"")
          .doesNotContain("\"context\"");
    } finally {
      Appender<ILoggingEvent> json = root.getAppender(LogFormat.JSON_APPENDER);
      if (json != null) {
        root.detachAppender(json);
        json.stop();
      }
      if (text != null && root.getAppender(LogFormat.TEXT_APPENDER) == null) {
        root.addAppender(text);
      }
    }
  }

  @Test
  void textFormatKeepsTheConfiguredLines() {
    Logger root =
        ((LoggerContext) LoggerFactory.getILoggerFactory())
            .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    LogFormat.apply("text");

    assertThat(root.getAppender(LogFormat.JSON_APPENDER)).isNull();
  }
}
