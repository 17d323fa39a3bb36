package org.aquastream.event.adapter.http.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Buckets in this instance's memory: each instance limits on its own. When more than {@code
 * maxKeys} clients are tracked, buckets that have refilled completely are forgotten, which changes
 * nothing for their clients (a new bucket starts full too).
 */
public final class LocalBucketStore implements BucketStore {
  private final ConcurrentMap<String, Tracked> buckets = new ConcurrentHashMap<>();
  private final TimeMeter clock;
  private final int maxKeys;

  public LocalBucketStore(TimeMeter clock, int maxKeys) {
    this.clock = clock;
    this.maxKeys = maxKeys;
  }

  public LocalBucketStore() {
    this(TimeMeter.SYSTEM_MILLISECONDS, 100_000);
  }

  @Override
  public Bucket bucket(String key, BucketConfiguration configuration) {
    if (buckets.size() > maxKeys) {
      buckets.values().removeIf(Tracked::isFull);
    }
    return buckets.computeIfAbsent(key, k -> track(configuration)).bucket();
  }

  /** How many clients are tracked now. */
  public int size() {
    return buckets.size();
  }

  private Tracked track(BucketConfiguration configuration) {
    LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(clock);
    long capacity = Long.MAX_VALUE;
    for (Bandwidth limit : configuration.getBandwidths()) {
      builder.addLimit(limit);
      capacity = Math.min(capacity, limit.getCapacity());
    }
    return new Tracked(builder.build(), capacity);
  }

  private record Tracked(Bucket bucket, long capacity) {
    boolean isFull() {
      return bucket.getAvailableTokens() >= capacity;
    }
  }
}
