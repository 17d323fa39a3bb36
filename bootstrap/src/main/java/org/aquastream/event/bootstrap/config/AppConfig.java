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
  public record Server(int port, int maxRequestBytes, long shutdownTimeoutMs, int acceptQueueSize) {
    public Server {
      Checks.port("server.port", port);
      Checks.positive("server.max-request-bytes", maxRequestBytes);
      Checks.positive("server.shutdown-timeout-ms", shutdownTimeoutMs);
      Checks.positive("server.accept-queue-size", acceptQueueSize);
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
      Jobs jobs,
      Payment payment,
      Outbox outbox) {
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
      Checks.required("app.event.payment", payment);
      Checks.required("app.event.outbox", outbox);
    }
  }

  /** {@code app.event.booking.*}. */
  public record Booking(
      int ttlMinutes, long expirationCheckInterval, int gracePeriodMinutes, int batchSize) {
    public Booking {
      Checks.positive("app.event.booking.ttl-minutes", ttlMinutes);
      Checks.positive("app.event.booking.expiration-check-interval", expirationCheckInterval);
      Checks.notNegative("app.event.booking.grace-period-minutes", gracePeriodMinutes);
      Checks.positive("app.event.booking.batch-size", batchSize);
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

  /**
   * {@code app.event.payment.*}: {@code cancel-on-failure} cancels a booking whose payment was
   * REJECTED or CANCELED (and frees its seat) instead of leaving it PENDING until it expires.
   */
  public record Payment(boolean cancelOnFailure) {}

  /**
   * {@code app.event.outbox.*}: the relay that delivers notifications, refunds and payment openings
   * — how often it runs, how many messages a batch claims, how often a delivery is tried, the
   * doubling backoff between tries and its cap, and how long a claim keeps other relays away.
   */
  public record Outbox(
      long relayIntervalMs,
      int batchSize,
      int maxAttempts,
      long initialBackoffMs,
      long maxBackoffMs,
      long leaseMs) {
    public Outbox {
      Checks.positive("app.event.outbox.relay-interval-ms", relayIntervalMs);
      Checks.positive("app.event.outbox.batch-size", batchSize);
      Checks.positive("app.event.outbox.max-attempts", maxAttempts);
      Checks.positive("app.event.outbox.initial-backoff-ms", initialBackoffMs);
      Checks.positive("app.event.outbox.max-backoff-ms", maxBackoffMs);
      if (maxBackoffMs < initialBackoffMs) {
        throw new IllegalArgumentException(
            "app.event.outbox.max-backoff-ms must not be below initial-backoff-ms");
      }
      Checks.positive("app.event.outbox.lease-ms", leaseMs);
    }
  }

  /**
   * Where PostgreSQL is: {@code url} set means an external server, empty means embedded; {@code
   * replica} optionally names a streaming replica for the catalog's reads.
   */
  public record Database(
      String url, String username, String password, Pool pool, Embedded embedded, Replica replica) {
    public Database {
      url = url == null ? "" : url.strip();
      username = username == null ? "" : username;
      password = password == null ? "" : password;
      Checks.required("database.pool", pool);
      Checks.required("database.embedded", embedded);
      Checks.required("database.replica", replica);
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
          + ", replica="
          + replica
          + "]";
    }
  }

  /**
   * {@code database.replica.*}: a streaming replica of the database that serves the public
   * catalog's reads while it answers and trails the primary by at most {@code max-lag} (a duration:
   * {@code 500ms}, {@code 5s}, {@code 1m}), checked every {@code check-interval-ms}. An empty
   * {@code url} means no replica; an empty user or password means the primary's.
   */
  public record Replica(
      String url,
      String username,
      String password,
      String maxLag,
      long checkIntervalMs,
      Pool pool) {
    public Replica {
      url = url == null ? "" : url.strip();
      username = username == null ? "" : username;
      password = password == null ? "" : password;
      Duration lag = Checks.duration("database.replica.max-lag", maxLag);
      Checks.positive("database.replica.check-interval-ms", checkIntervalMs);
      // The lag is known to within one check; a bound tighter than two checks would flap.
      if (lag.toMillis() < 2 * checkIntervalMs) {
        throw new IllegalArgumentException(
            "database.replica.max-lag must be at least twice database.replica.check-interval-ms,"
                + " was "
                + maxLag
                + " against "
                + checkIntervalMs
                + " ms");
      }
      Checks.required("database.replica.pool", pool);
    }

    public boolean isConfigured() {
      return !url.isEmpty();
    }

    public Duration lagBound() {
      return Checks.duration("database.replica.max-lag", maxLag);
    }

    public Duration checkInterval() {
      return Duration.ofMillis(checkIntervalMs);
    }

    /** The URL as it may be shown: without a password. */
    public String maskedUrl() {
      return Secrets.maskUrl(url);
    }

    /** Never the password, neither the key nor one inside the URL. */
    @Override
    public String toString() {
      return "Replica[url="
          + maskedUrl()
          + ", username="
          + username
          + ", password="
          + (password.isEmpty() ? "" : Secrets.MASK)
          + ", maxLag="
          + maxLag
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

  /**
   * Peer services; an empty URL selects the local stand-in. Each peer has its own circuit breaker,
   * all configured by {@code circuit-breaker}; {@code health-timeout-ms} bounds the health probe.
   */
  public record Services(
      PaymentPeer payment,
      Peer notification,
      UserPeer user,
      CircuitBreaker circuitBreaker,
      int healthTimeoutMs) {
    public Services {
      Checks.required("services.payment", payment);
      Checks.required("services.notification", notification);
      Checks.required("services.user", user);
      Checks.required("services.circuit-breaker", circuitBreaker);
      Checks.positive("services.health-timeout-ms", healthTimeoutMs);
    }
  }

  /** One peer service: where it is and how long a call may take. */
  public record Peer(String url, int timeoutMs) {
    public Peer {
      url = checkedUrl(url);
      Checks.positive("services.*.timeout-ms", timeoutMs);
    }

    public Optional<URI> uri() {
      return uriOf(url);
    }

    public Duration timeout() {
      return Duration.ofMillis(timeoutMs);
    }
  }

  /**
   * The Payment Service, and the secret its callbacks are signed with ({@code webhook-secret};
   * empty: only an ADMIN may report a payment).
   */
  public record PaymentPeer(String url, int timeoutMs, String webhookSecret) {
    public PaymentPeer {
      url = checkedUrl(url);
      Checks.positive("services.payment.timeout-ms", timeoutMs);
      webhookSecret = webhookSecret == null ? "" : webhookSecret;
    }

    public Peer peer() {
      return new Peer(url, timeoutMs);
    }

    public Optional<URI> uri() {
      return uriOf(url);
    }

    /** Never the secret. */
    @Override
    public String toString() {
      return "PaymentPeer[url="
          + Secrets.maskUrl(url)
          + ", timeoutMs="
          + timeoutMs
          + ", webhookSecret="
          + (webhookSecret.isEmpty() ? "" : Secrets.MASK)
          + "]";
    }
  }

  /**
   * The User Service; {@code fail-open: true} lets a booking through when it cannot be asked
   * (default false: 503 {@code dependency-unavailable}).
   */
  public record UserPeer(String url, int timeoutMs, boolean failOpen) {
    public UserPeer {
      url = checkedUrl(url);
      Checks.positive("services.user.timeout-ms", timeoutMs);
    }

    public Peer peer() {
      return new Peer(url, timeoutMs);
    }

    public Optional<URI> uri() {
      return uriOf(url);
    }
  }

  /**
   * {@code services.circuit-breaker.*}: resilience4j's count-based breaker per peer. It opens when
   * at least {@code failure-rate-threshold} percent of the last {@code sliding-window-size} calls
   * failed (once {@code minimum-number-of-calls} were made), stays open {@code
   * wait-duration-in-open-state-ms}, then lets {@code permitted-calls-in-half-open-state} trial
   * calls decide.
   */
  public record CircuitBreaker(
      int failureRateThreshold,
      int slidingWindowSize,
      int minimumNumberOfCalls,
      long waitDurationInOpenStateMs,
      int permittedCallsInHalfOpenState) {
    public CircuitBreaker {
      if (failureRateThreshold < 1 || failureRateThreshold > 100) {
        throw new IllegalArgumentException(
            "services.circuit-breaker.failure-rate-threshold must be 1-100, was "
                + failureRateThreshold);
      }
      Checks.positive("services.circuit-breaker.sliding-window-size", slidingWindowSize);
      Checks.positive("services.circuit-breaker.minimum-number-of-calls", minimumNumberOfCalls);
      Checks.positive(
          "services.circuit-breaker.wait-duration-in-open-state-ms", waitDurationInOpenStateMs);
      Checks.positive(
          "services.circuit-breaker.permitted-calls-in-half-open-state",
          permittedCallsInHalfOpenState);
    }

    public Duration openWait() {
      return Duration.ofMillis(waitDurationInOpenStateMs);
    }
  }

  private static String checkedUrl(String url) {
    String value = url == null ? "" : url.strip();
    if (!value.isEmpty()) {
      URI parsed;
      try {
        parsed = URI.create(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("service URL is not a URI: " + value, e);
      }
      if (!"http".equals(parsed.getScheme()) && !"https".equals(parsed.getScheme())) {
        throw new IllegalArgumentException("service URL must be http(s): " + value);
      }
    }
    return value;
  }

  private static Optional<URI> uriOf(String url) {
    return url.isEmpty() ? Optional.empty() : Optional.of(URI.create(url));
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
