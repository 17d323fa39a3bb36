package org.aquastream.event.bootstrap;

import java.util.Map;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.config.ConfigException;
import org.aquastream.event.bootstrap.config.ConfigLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the Event Service: reads the configuration, wires everything, stops on SIGTERM. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    StartupSteps steps = new StartupSteps();
    AppConfig config;
    try {
      config = configure(System.getenv());
    } catch (ConfigException e) {
      System.err.println("Invalid configuration: " + e.getMessage());
      System.exit(2);
      return;
    }
    steps.done("configuration");
    EventService service;
    try {
      service = start(config, steps);
    } catch (RuntimeException e) {
      LOG.error("Startup failed: {}", e.getMessage(), e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
  }

  /**
   * Reads the configuration from {@code environment} and applies its logging settings.
   *
   * @throws ConfigException when the configuration cannot run the service
   */
  static AppConfig configure(Map<String, String> environment) {
    AppConfig config = new ConfigLoader(environment).load();
    LogLevels.apply(config.logging().level());
    LogFormat.apply(config.logging().format());
    return config;
  }

  /** Starts the service as {@link #main} does, and as the AOT cache's training run does. */
  static EventService start(AppConfig config, StartupSteps steps) {
    LOG.info("Starting {} with profile {}", config.app().name(), config.profile());
    warnAboutIgnoredKnobs(config);
    EventService service = EventService.start(config, steps);
    LOG.info(
        "{} listening on port {}, {} ms after the JVM started; start-up took {} ms ({})",
        config.app().name(),
        service.port(),
        StartupSteps.jvmUptimeMillis(),
        steps.elapsedMillis(),
        steps);
    // After listening: the first rendering of the configuration's records costs tens of ms.
    LOG.info("Configuration: {}", config);
    return service;
  }

  private static void warnAboutIgnoredKnobs(AppConfig config) {
    AppConfig.Capacity capacity = config.app().event().capacity();
    if (!capacity.atomicDecrement() || !capacity.raceConditionProtection()) {
      LOG.warn(
          "app.event.capacity.* = false is ignored: seats are always taken by one conditional"
              + " UPDATE (docs/adr/0002-capacity-by-conditional-update.md)");
    }
  }
}
