package org.aquastream.event.bootstrap;

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
    AppConfig config;
    try {
      config = new ConfigLoader(System.getenv()).load();
      LogLevels.apply(config.logging().level());
      LogFormat.apply(config.logging().format());
    } catch (ConfigException e) {
      System.err.println("Invalid configuration: " + e.getMessage());
      System.exit(2);
      return;
    }
    LOG.info("Starting {} with profile {}: {}", config.app().name(), config.profile(), config);
    warnAboutIgnoredKnobs(config);
    EventService service;
    try {
      service = EventService.start(config);
    } catch (RuntimeException e) {
      LOG.error("Startup failed: {}", e.getMessage(), e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
    LOG.info("{} listening on port {}", config.app().name(), service.port());
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
