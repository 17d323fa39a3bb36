package org.aquastream.event.adapter.postgres;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Rate-limit buckets in {@code event.rate_limit_buckets} (migration V6), shared by every instance
 * on the database. Each bucket's row is read {@code FOR UPDATE} and written in one transaction, so
 * concurrent requests on several instances draw tokens one at a time.
 */
public final class PostgresRateLimitBuckets {
  static final String TABLE = "event.rate_limit_buckets";

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;

  public PostgresRateLimitBuckets(DataSource dataSource) {
    this.proxies =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table(TABLE)
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            // A row may go once its bucket is full again: a new bucket would start full as well.
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
            .build();
  }

  public ProxyManager<String> proxies() {
    return proxies;
  }

  /** Deletes up to {@code batchSize} rows of buckets that have refilled; returns how many. */
  public int removeExpired(int batchSize) {
    return proxies.removeExpired(batchSize);
  }
}
