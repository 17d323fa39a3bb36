package org.aquastream.event.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code logging.format}: {@code text} keeps the line format {@link LogbackDefaults} sets,
 * {@code json} swaps the console appender for one JSON object per line (Logback's JsonEncoder, MDC
 * trace id included).
 */
final class LogFormat {
  static final String TEXT_APPENDER = "CONSOLE";
  static final String JSON_APPENDER = "JSON";

  private LogFormat() {}

  static void apply(String format) {
    if (!format.equals(AppConfig.Logging.JSON)) {
      return;
    }
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (root.getAppender(JSON_APPENDER) != null) {
      return;
    }
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    // The message as it reads in the text format, not its pattern plus arguments.
    encoder.setWithFormattedMessage(true);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithSequenceNumber(false);
    // Logback's own context (its name and birth time) would repeat on every line.
    encoder.setWithContext(false);
    encoder.start();
    ConsoleAppender<ILoggingEvent> json = new ConsoleAppender<>();
    json.setName(JSON_APPENDER);
    json.setContext(context);
    json.setEncoder(encoder);
    json.start();
    root.addAppender(json);
    root.detachAppender(TEXT_APPENDER);
  }
}
