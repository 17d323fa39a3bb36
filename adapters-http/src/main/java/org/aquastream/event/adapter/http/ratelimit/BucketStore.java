package org.aquastream.event.adapter.http.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/** Where token buckets live: this instance's memory, or a store shared by every instance. */
@FunctionalInterface
public interface BucketStore {

  /** The bucket under {@code key}, created with {@code configuration} on first use. */
  Bucket bucket(String key, BucketConfiguration configuration);
}
