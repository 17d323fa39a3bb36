package org.aquastream.event.bootstrap.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole configuration of the service, bound from {@code application.yml} and the active
 * profile's file; each record checks its own values so that bad config stops startup.
 */
public record AppConfig(
    String profile,
    Server server,
    App app,
    Database database,
    Services services,
    Logging logging,
    Management management) {

  public AppConfig {
    Checks.required("profile", profile);
    Checks.required("server", server);
    Checks.required("app", app);
    Checks.required("database", database);
    Checks.required("services", services);
    Checks.required("logging", logging);
    Checks.required("management", management);
  }

  /** HTTP listener. */
  public record Server(int port, int maxRequestBytes, long shutdownTimeoutMs) {
    public Server {
      Checks.port("server.port", port);
      Checks.positive("server.max-request-bytes", maxRequestBytes);
      Checks.positive("server.shutdown-timeout-ms", shutdownTimeoutMs);
    }
  }

  /** {@code app.*}: the service's name, its {@code app.event.*} knobs and its rate limits. */
  public record App(String name, Event event, RateLimit rateLimit) {
    public App {
      Checks.required("app.name", name);
      Checks.required("app.event", event);
      Checks.required("app.rate-limit", rateLimit);
    }
  }

  /**
   * {@code app.rate-limit.*}: per-client request limits; buckets in this instance's memory or, with
   * {@code store: postgres}, in the database shared by every instance.
   */
  public record RateLimit(
      boolean enabled, String store, String trustedProxies, Limit bookingCreate, Limit eventList) {
    public static final String MEMORY = "memory";
    public static final String POSTGRES = "postgres";

    public RateLimit {
      Checks.required("app.rate-limit.store", store);
      if (!store.equals(MEMORY) && !store.equals(POSTGRES)) {
        throw new IllegalArgumentException(
            "app.rate-limit.store must be memory or postgres, was " + store);
      }
      trustedProxies = trustedProxies == null ? "" : trustedProxies.strip();
      Checks.required("app.rate-limit.booking-create", bookingCreate);
      Checks.required("app.rate-limit.event-list", eventList);
    }

    /** The gateway addresses whose {@code X-Forwarded-For} is believed (IPs or CIDR blocks). */
    public List<String> trustedProxyList() {
      return Arrays.stream(trustedProxies.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }

  /** {@code limit} requests per {@code window-seconds} for one client. */
  public record Limit(int limit, int windowSeconds) {
    public Limit {
      Checks.positive("app.rate-limit.*.limit", limit);
      Checks.positive("app.rate-limit.*.window-seconds", windowSeconds);
    }

    public Duration window() {
      return Duration.ofSeconds(windowSeconds);
    }
  }

  /** {@code app.event.*}, the keys of the operations document. */
  public record Event(
      String currency,
      Booking booking,
      Waitlist waitlist,
      Completion completion,
      Capacity capacity,
      Audit audit,
      Jobs jobs) {
    public Event {
      Checks.required("app.event.currency", currency);
      if (!currency.matches("^[A-Z]{3}$")) {
        throw new IllegalArgumentException(
            "app.event.currency must be three upper-case letters, was " + currency);
      }
      Checks.required("app.event.booking", booking);
      Checks.required("app.event.waitlist", waitlist);
      Checks.required("app.event.completion", completion);
      Checks.required("app.event.capacity", capacity);
      Checks.required("app.event.audit", audit);
      Checks.required("app.event.jobs", jobs);
    }
  }

  /** {@code app.event.booking.*}. */
  public record Booking(int ttlMinutes, long expirationCheckInterval, int gracePeriodMinutes) {
    public Booking {
      Checks.positive("app.event.booking.ttl-minutes", ttlMinutes);
      Checks.positive("app.event.booking.expiration-check-interval", expirationCheckInterval);
      Checks.notNegative("app.event.booking.grace-period-minutes", gracePeriodMinutes);
    }

    public Duration ttl() {
      return Duration.ofMinutes(ttlMinutes);
    }

    public Duration gracePeriod() {
      return Duration.ofMinutes(gracePeriodMinutes);
    }
  }

  /** {@code app.event.waitlist.*}. */
  public record Waitlist(
      int notificationWindowMinutes, int cleanupIntervalMinutes, boolean autoProcess) {
    public Waitlist {
      Checks.positive("app.event.waitlist.notification-window-minutes", notificationWindowMinutes);
      Checks.positive("app.event.waitlist.cleanup-interval-minutes", cleanupIntervalMinutes);
    }
  }

  /** {@code app.event.completion.*}. */
  public record Completion(String checkIntervalCron, boolean autoComplete) {
    public Completion {
      Checks.required("app.event.completion.check-interval-cron", checkIntervalCron);
      Checks.cron("app.event.completion.check-interval-cron", checkIntervalCron);
    }
  }

  /**
   * {@code app.event.capacity.*}; kept for operators of the original service. Seats are always
   * taken by one conditional UPDATE (docs/adr), so {@code false} only earns a startup warning.
   */
  public record Capacity(boolean atomicDecrement, boolean raceConditionProtection) {}

  /** {@code app.event.audit.*}. */
  public record Audit(boolean enabled, int retainDays) {
    public Audit {
      Checks.positive("app.event.audit.retain-days", retainDays);
    }
  }

  /**
   * {@code app.event.jobs.*}: the scheduler (db-scheduler on PostgreSQL) that runs the jobs. {@code
   * enabled: false} runs no job in the background on this instance; the admin endpoints still work.
   */
  public record Jobs(
      boolean enabled,
      long pollingIntervalMs,
      int threads,
      int expiryBatchSize,
      String retentionCron) {
    public Jobs {
      Checks.positive("app.event.jobs.polling-interval-ms", pollingIntervalMs);
      Checks.positive("app.event.jobs.threads", threads);
      Checks.positive("app.event.jobs.expiry-batch-size", expiryBatchSize);
      Checks.cron("app.event.jobs.retention-cron", retentionCron);
    }

    public Duration pollingInterval() {
      return Duration.ofMillis(pollingIntervalMs);
    }
  }

  /** Where PostgreSQL is: {@code url} set means an external server, empty means embedded. */
  public record Database(
      String url, String username, String password, Pool pool, Embedded embedded) {
    public Database {
      url = url == null ? "" : url.strip();
      username = username == null ? "" : username;
      password = password == null ? "" : password;
      Checks.required("database.pool", pool);
      Checks.required("database.embedded", embedded);
    }

    public boolean isEmbedded() {
      return url.isEmpty();
    }

    /** Never the password, neither the key nor one inside the URL. */
    @Override
    public String toString() {
      return "Database[url="
          + Secrets.maskUrl(url)
          + ", username="
          + username
          + ", password="
          + (password.isEmpty() ? "" : Secrets.MASK)
          + "]";
    }
  }

  /** HikariCP pool sizes and timeouts. */
  public record Pool(
      int maximumPoolSize,
      int minimumIdle,
      long connectionTimeoutMs,
      long idleTimeoutMs,
      long maxLifetimeMs,
      long leakDetectionThresholdMs) {
    public Pool {
      Checks.positive("database.pool.maximum-pool-size", maximumPoolSize);
      Checks.notNegative("database.pool.minimum-idle", minimumIdle);
      if (minimumIdle > maximumPoolSize) {
        throw new IllegalArgumentException(
            "database.pool.minimum-idle must not exceed database.pool.maximum-pool-size");
      }
      Checks.positive("database.pool.connection-timeout-ms", connectionTimeoutMs);
      Checks.positive("database.pool.idle-timeout-ms", idleTimeoutMs);
      Checks.positive("database.pool.max-lifetime-ms", maxLifetimeMs);
    }
  }

  /** The embedded PostgreSQL used when no URL is set; its data survives restarts. */
  public record Embedded(Path dataDir, int port) {
    public Embedded {
      Checks.required("database.embedded.data-dir", dataDir);
      Checks.port("database.embedded.port", port);
    }
  }

  /** Peer services; an empty URL selects the local stand-in. */
  public record Services(Peer payment, Peer notification, Peer user) {
    public Services {
      Checks.required("services.payment", payment);
      Checks.required("services.notification", notification);
      Checks.required("services.user", user);
    }
  }

  /** One peer service. */
  public record Peer(String url, int timeoutMs) {
    public Peer {
      url = url == null ? "" : url.strip();
      if (!url.isEmpty()) {
        URI parsed;
        try {
          parsed = URI.create(url);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("service URL is not a URI: " + url, e);
        }
        if (!"http".equals(parsed.getScheme()) && !"https".equals(parsed.getScheme())) {
          throw new IllegalArgumentException("service URL must be http(s): " + url);
        }
      }
      Checks.positive("services.*.timeout-ms", timeoutMs);
    }

    public Optional<URI> uri() {
      return url.isEmpty() ? Optional.empty() : Optional.of(URI.create(url));
    }
  }

  /** {@code logging.level.<logger>: LEVEL} and {@code logging.format}: text or json lines. */
  public record Logging(Map<String, String> level, String format) {
    public static final String TEXT = "text";
    public static final String JSON = "json";

    public Logging {
      level = level == null ? Map.of() : Map.copyOf(level);
      Checks.required("logging.format", format);
      if (!format.equals(TEXT) && !format.equals(JSON)) {
        throw new IllegalArgumentException("logging.format must be text or json, was " + format);
      }
    }
  }

  /** {@code management.*}: the operations endpoints. */
  public record Management(HealthSettings health) {
    public Management {
      Checks.required("management.health", health);
    }
  }

  /** {@code management.health.*}: how long a component may take, and the disk to watch. */
  public record HealthSettings(long timeoutMs, DiskSpace diskspace) {
    public HealthSettings {
      Checks.positive("management.health.timeout-ms", timeoutMs);
      Checks.required("management.health.diskspace", diskspace);
    }
  }

  /**
   * {@code management.health.diskspace.*}: DOWN when less than {@code threshold} bytes are free.
   */
  public record DiskSpace(Path path, long threshold) {
    public DiskSpace {
      Checks.required("management.health.diskspace.path", path);
      Checks.positive("management.health.diskspace.threshold", threshold);
    }
  }
}
