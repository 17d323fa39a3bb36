package org.aquastream.event.adapter.postgres;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;

/**
 * The events booking requests ask for, a published one kept for {@code keepFor}: on a hot event
 * every request reads the same row, and nothing a booking takes from a published event changes
 * (price, title, dates are fixed once it is published; status and start are checked again by the
 * seat decrement). Drafts and ended events are read every time, so one published a moment ago is
 * never refused as missing.
 */
final class BookableEvents {
  static final Duration KEEP_FOR = Duration.ofSeconds(1);
  private static final int MAX_KEPT = 10_000;

  private final Cache<EventId, Event> published;

  BookableEvents(Duration keepFor, Ticker ticker) {
    this.published =
        Caffeine.newBuilder()
            .expireAfterWrite(keepFor)
            .maximumSize(MAX_KEPT)
            .ticker(ticker)
            .build();
  }

  static BookableEvents standard() {
    return new BookableEvents(KEEP_FOR, Ticker.systemTicker());
  }

  /** The event {@code read} finds, or the published one read less than {@code keepFor} ago. */
  Optional<Event> find(EventId id, Function<EventId, Optional<Event>> read) {
    Event kept = published.getIfPresent(id);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<Event> found = read.apply(id);
    found
        .filter(event -> event.status() == EventStatus.PUBLISHED)
        .ifPresent(e -> published.put(id, e));
    return found;
  }
}
