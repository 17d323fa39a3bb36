package org.aquastream.event.adapter.http.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Buckets kept by a bucket4j {@link ProxyManager} (PostgreSQL, built by bootstrap), so every
 * instance draws on the same tokens.
 */
public final class SharedBucketStore implements BucketStore {
  private final ProxyManager<String> proxies;

  public SharedBucketStore(ProxyManager<String> proxies) {
    this.proxies = proxies;
  }

  @Override
  public Bucket bucket(String key, BucketConfiguration configuration) {
    return proxies.builder().build(key, () -> configuration);
  }
}
