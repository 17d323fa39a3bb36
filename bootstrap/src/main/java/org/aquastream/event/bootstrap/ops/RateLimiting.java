package org.aquastream.event.bootstrap.ops;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.aquastream.event.adapter.http.RequestGuard;
import org.aquastream.event.adapter.http.ratelimit.BucketStore;
import org.aquastream.event.adapter.http.ratelimit.ClientAddress;
import org.aquastream.event.adapter.http.ratelimit.LocalBucketStore;
import org.aquastream.event.adapter.http.ratelimit.RateLimit;
import org.aquastream.event.adapter.http.ratelimit.RateLimiter;
import org.aquastream.event.adapter.http.ratelimit.SharedBucketStore;
import org.aquastream.event.adapter.postgres.PostgresRateLimitBuckets;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rate limits of {@code app.rate-limit.*}: buckets in memory, or in PostgreSQL with a
 * once-a-minute sweep of rows whose buckets have refilled.
 */
public final class RateLimiting implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RateLimiting.class);
  private static final int SWEEP_BATCH = 1000;

  private final List<RequestGuard> guards;
  private final ScheduledExecutorService sweeper;

  private RateLimiting(List<RequestGuard> guards, ScheduledExecutorService sweeper) {
    this.guards = guards;
    this.sweeper = sweeper;
  }

  public static RateLimiting create(AppConfig.RateLimit config, DataSource dataSource) {
    if (!config.enabled()) {
      LOG.warn("Rate limits are off (app.rate-limit.enabled = false)");
      return new RateLimiting(List.of(), null);
    }
    BucketStore store;
    ScheduledExecutorService sweeper = null;
    if (config.store().equals(AppConfig.RateLimit.POSTGRES)) {
      PostgresRateLimitBuckets buckets = new PostgresRateLimitBuckets(dataSource);
      store = new SharedBucketStore(buckets.proxies());
      sweeper =
          Executors.newSingleThreadScheduledExecutor(
              Thread.ofPlatform().name("rate-limit-sweeper").daemon().factory());
      sweeper.scheduleWithFixedDelay(() -> sweep(buckets), 1, 1, TimeUnit.MINUTES);
    } else {
      store = new LocalBucketStore();
    }
    RateLimiter limiter =
        new RateLimiter(
            store,
            new ClientAddress(config.trustedProxyList()),
            limit("booking-create", config.bookingCreate()),
            limit("event-list", config.eventList()));
    return new RateLimiting(List.of(limiter), sweeper);
  }

  public List<RequestGuard> guards() {
    return guards;
  }

  private static RateLimit limit(String name, AppConfig.Limit limit) {
    return new RateLimit(name, limit.limit(), limit.window());
  }

  private static void sweep(PostgresRateLimitBuckets buckets) {
    try {
      int removed;
      do {
        removed = buckets.removeExpired(SWEEP_BATCH);
        LOG.debug("Removed {} refilled rate-limit buckets", removed);
      } while (removed == SWEEP_BATCH);
    } catch (RuntimeException e) {
      LOG.warn("Could not remove refilled rate-limit buckets: {}", e.toString());
    }
  }

  @Override
  public void close() {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
  }
}
