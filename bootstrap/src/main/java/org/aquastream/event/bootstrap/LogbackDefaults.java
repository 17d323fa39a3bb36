package org.aquastream.event.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Map;

/**
 * Logback's start-up configuration, set through its API (found by the {@link
 * ch.qos.logback.classic.spi.Configurator} service): one console appender with the operations
 * document's line format, and quieter libraries. Code rather than a {@code logback.xml}: reading
 * XML through Joran was a tenth of the main thread's start-up (docs/adr/0030). An operator's own
 * file still wins: with {@code -Dlogback.configurationFile} set, this steps aside and Logback reads
 * that file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogbackDefaults extends ContextAwareBase
    implements ch.qos.logback.classic.spi.Configurator {
  /** 2024-01-15 10:23:45.123 INFO [backend-event,traceId] logger - message. */
  static final String PATTERN =
      "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [backend-event,%X{traceId:-}] %logger{36} - %msg%n";

  private static final Map<String, Level> LIBRARY_LEVELS =
      Map.of(
          "org.eclipse.jetty", Level.WARN,
          "io.javalin", Level.WARN,
          "io.zonky", Level.WARN,
          "com.zaxxer.hikari", Level.INFO,
          "org.flywaydb", Level.INFO);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    // Logback's notes about its own set-up stay out of the service's output.
    NopStatusListener quiet = new NopStatusListener();
    context.getStatusManager().add(quiet);
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setName(LogFormat.TEXT_APPENDER);
    console.setContext(context);
    console.setEncoder(encoder);
    console.start();
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
    LIBRARY_LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
