package org.aquastream.event.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aquastream.event.bootstrap.config.ConfigException;
import org.slf4j.LoggerFactory;

/** Applies {@code logging.level.*} from the configuration to Logback. */
final class LogLevels {
  private static final Set<String> NAMES = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

  private LogLevels() {}

  static void apply(Map<String, String> levels) {
    levels.forEach(
        (logger, level) -> {
          String name = level.strip().toUpperCase(Locale.ROOT);
          if (!NAMES.contains(name)) {
            throw new ConfigException(
                "logging.level." + logger + " must be one of " + NAMES + ", was " + level);
          }
          ((Logger) LoggerFactory.getLogger(logger)).setLevel(Level.toLevel(name));
        });
  }
}
