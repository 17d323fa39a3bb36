package org.aquastream.event.adapter.postgres;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.aquastream.event.adapter.postgres.JdbiEventQueries.Statement;

/**
 * The totals of numbered list pages: exact while a list has fewer than {@code exactBelow} matches;
 * a larger total is remembered for {@code keepFor} and reused by every request with the same
 * conditions. Counting a million matches on every first page was most of what a big catalog cost
 * (docs/performance.md), and nobody can tell 1 000 000 events from 1 000 003.
 */
final class ListTotals {
  static final long EXACT_BELOW = 10_000;
  static final Duration KEEP_FOR = Duration.ofSeconds(5);
  private static final int MAX_REMEMBERED = 10_000;

  private final long exactBelow;
  private final Cache<Statement, Long> large;

  ListTotals(long exactBelow, Duration keepFor, Ticker ticker) {
    this.exactBelow = exactBelow;
    this.large =
        Caffeine.newBuilder()
            .expireAfterWrite(keepFor)
            .maximumSize(MAX_REMEMBERED)
            .ticker(ticker)
            .build();
  }

  static ListTotals standard() {
    return new ListTotals(EXACT_BELOW, KEEP_FOR, Ticker.systemTicker());
  }

  /** The total of the list {@code count} counts: remembered if it is large, else {@code exact}. */
  long total(Statement count, LongSupplier exact) {
    Long remembered = large.getIfPresent(count);
    if (remembered != null) {
      return remembered;
    }
    long total = exact.getAsLong();
    if (total >= exactBelow) {
      large.put(count, total);
    }
    return total;
  }
}
