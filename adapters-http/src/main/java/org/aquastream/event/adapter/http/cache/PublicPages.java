package org.aquastream.event.adapter.http.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The answers of public reads to anonymous callers, rendered once and reused for {@code keepFor} by
 * every anonymous request for the same path and query, within {@code maxBytes} in all. {@link
 * #drop} forgets every page at once: a page is kept under the generation in which it began to be
 * read, so a read that began before a change can never be found after it.
 */
public final class PublicPages {
  /** How long a rendered page is reused: the in-process part of the staleness bound. */
  public static final Duration KEEP_FOR = Duration.ofSeconds(1);

  static final long MAX_BYTES = 32L * 1024 * 1024;

  private final Cache<Key, RenderedPage> pages;
  private final AtomicLong generation = new AtomicLong();

  PublicPages(Duration keepFor, long maxBytes, Ticker ticker) {
    this.pages =
        Caffeine.newBuilder()
            .expireAfterWrite(keepFor)
            .maximumWeight(maxBytes)
            .weigher((Key key, RenderedPage page) -> key.uri().length() + page.weight())
            .ticker(ticker)
            // Evictions happen on the requests' own threads, not in the common pool.
            .executor(Runnable::run)
            .build();
  }

  public static PublicPages standard() {
    return new PublicPages(KEEP_FOR, MAX_BYTES, Ticker.systemTicker());
  }

  /**
   * The page of {@code uri}, rendered by {@code render} unless a fresh one is kept. Nothing is kept
   * when {@code render} throws. Concurrent misses of one page each render it: no lock is held while
   * the database is read, and one page's misses are at most one per client per {@link #KEEP_FOR}.
   */
  RenderedPage get(String uri, Supplier<RenderedPage> render) {
    Key key = new Key(generation.get(), uri);
    RenderedPage kept = pages.getIfPresent(key);
    if (kept != null) {
      return kept;
    }
    RenderedPage rendered = render.get();
    pages.put(key, rendered);
    return rendered;
  }

  /** Forgets every page: what anonymous callers read next is read anew. */
  public void drop() {
    generation.incrementAndGet();
    pages.invalidateAll();
  }

  private record Key(long generation, String uri) {}
}
