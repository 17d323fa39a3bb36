package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestEvents.aDraftEvent;
import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.aquastream.event.domain.event.Event;
import org.junit.jupiter.api.Test;

class BookableEventsTest {
  private final AtomicLong nanos = new AtomicLong();
  private final BookableEvents events = new BookableEvents(Duration.ofSeconds(1), nanos::get);
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void aPublishedEventIsReadOnceASecond() {
    Event published = aPublishedEvent().build();

    events.find(published.id(), id -> read(published));
    events.find(published.id(), id -> read(published));
    nanos.addAndGet(Duration.ofMillis(999).toNanos());
    assertThat(events.find(published.id(), id -> read(published))).contains(published);
    assertThat(reads).hasValue(1);

    nanos.addAndGet(Duration.ofMillis(2).toNanos());
    events.find(published.id(), id -> read(published));
    assertThat(reads).hasValue(2);
  }

  @Test
  void aDraftIsReadEveryTimeSoThatItsPublicationShowsAtOnce() {
    Event draft = aDraftEvent().build();

    events.find(draft.id(), id -> read(draft));
    events.find(draft.id(), id -> read(draft));

    assertThat(reads).hasValue(2);
  }

  @Test
  void aMissingEventIsNeverRemembered() {
    Event unknown = aPublishedEvent().build();

    assertThat(events.find(unknown.id(), id -> missing())).isEmpty();
    assertThat(events.find(unknown.id(), id -> read(unknown))).contains(unknown);
  }

  private Optional<Event> read(Event event) {
    reads.incrementAndGet();
    return Optional.of(event);
  }

  private Optional<Event> missing() {
    reads.incrementAndGet();
    return Optional.empty();
  }
}
