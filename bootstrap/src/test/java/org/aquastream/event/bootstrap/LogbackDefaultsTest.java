package org.aquastream.event.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogbackDefaultsTest {

  @Test
  void theServiceStartsWithItsOwnLoggingRatherThanLogbacksBareDefaults() {
    LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();

    assertThat(running.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogFormat.TEXT_APPENDER))
        .isNotNull();
    assertThat(running.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void writesTheOperationsDocumentsLineWithTheTraceIdAndQuietsTheLibraries() {
    LoggerContext context = new LoggerContext();

    ExecutionStatus status = configure(context);

    assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.INFO);
    assertThat(context.getLogger("org.eclipse.jetty").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("io.javalin.http").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("org.flywaydb.core").getEffectiveLevel()).isEqualTo(Level.INFO);
    assertThat(context.getLogger("org.aquastream.event").getEffectiveLevel()).isEqualTo(Level.INFO);
    ConsoleAppender<ILoggingEvent> console =
        (ConsoleAppender<ILoggingEvent>) root.getAppender(LogFormat.TEXT_APPENDER);
    LoggingEvent event =
        new LoggingEvent(
            "x",
            context.getLogger("org.aquastream.event.Booking"),
            Level.WARN,
            "Event capacity exceeded: eventId={}",
            null,
            new Object[] {"e-1"});
    event.setMDCPropertyMap(Map.of("traceId", "abc123"));
    String line =
        new String(
            ((PatternLayoutEncoder) console.getEncoder()).encode(event), StandardCharsets.UTF_8);
    assertThat(line)
        .matches(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[backend-event,abc123\\]"
                + " org.aquastream.event.Booking - Event capacity exceeded: eventId=e-1\\R");
  }

  @Test
  void anOperatorsOwnConfigurationFileTakesOver() {
    LoggerContext context = new LoggerContext();
    String before = System.getProperty("logback.configurationFile");
    System.setProperty("logback.configurationFile", "/etc/event-service/logback.xml");
    try {
      ExecutionStatus status = configure(context);

      assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogFormat.TEXT_APPENDER))
          .isNull();
    } finally {
      if (before == null) {
        System.clearProperty("logback.configurationFile");
      } else {
        System.setProperty("logback.configurationFile", before);
      }
    }
  }

  private static ExecutionStatus configure(LoggerContext context) {
    LogbackDefaults defaults = new LogbackDefaults();
    defaults.setContext(context);
    return defaults.configure(context);
  }
}
