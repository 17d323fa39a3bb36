package org.aquastream.event.application.fake;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** The catalog over in-memory events, with the same filters and order as the SQL one. */
public final class InMemoryEventQueries implements EventQueries {
  // Ties break on the id as PostgreSQL orders uuids (unsigned bytes); UUID.compareTo is signed,
  // the canonical text form orders like PostgreSQL.
  private static final Comparator<Event> BY_ID = Comparator.comparing(e -> e.id().toString());
  private static final Comparator<Event> BY_START =
      Comparator.<Event, java.time.Instant>comparing(e -> e.details().schedule().start())
          .thenComparing(BY_ID);
  private static final Comparator<Event> BY_START_DESCENDING =
      Comparator.<Event, java.time.Instant>comparing(e -> e.details().schedule().start())
          .reversed()
          .thenComparing(BY_ID);

  private final InMemoryDatabase db;

  public InMemoryEventQueries(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public Optional<EventView> findView(EventId id) {
    return db.locked(() -> Optional.ofNullable(db.events.get(id)).map(this::view));
  }

  @Override
  public Page<EventView> search(EventSearch search, PageRequest page) {
    return db.locked(() -> page(matching(search), BY_START, page));
  }

  @Override
  public List<EventView> searchAfter(EventSearch search, Optional<EventKeyset> after, int limit) {
    Predicate<Event> afterPosition = e -> after.map(p -> isAfter(e, p)).orElse(true);
    return db.locked(
        () ->
            db.events.values().stream()
                .filter(matching(search).and(afterPosition))
                .sorted(BY_START)
                .limit(limit)
                .map(this::view)
                .toList());
  }

  @Override
  public Page<EventView> listByOrganizer(
      OrganizerId organizer, Optional<EventStatus> status, PageRequest page) {
    Predicate<Event> filter =
        e -> e.isOrganizedBy(organizer) && status.map(s -> e.status() == s).orElse(true);
    return db.locked(() -> page(filter, BY_START_DESCENDING, page));
  }

  private Page<EventView> page(Predicate<Event> filter, Comparator<Event> order, PageRequest page) {
    List<Event> all = db.events.values().stream().filter(filter).sorted(order).toList();
    List<EventView> items =
        all.stream().skip(page.offset()).limit(page.size()).map(this::view).toList();
    return Page.of(items, all.size(), page);
  }

  private static Predicate<Event> matching(EventSearch s) {
    return e -> {
      var d = e.details();
      BigDecimal price = d.price().money().map(Money::amount).orElse(BigDecimal.ZERO);
      return e.status() == s.status()
          && s.type().map(d.type()::equals).orElse(true)
          && s.minPrice().map(min -> price.compareTo(min) >= 0).orElse(true)
          && s.maxPrice().map(max -> price.compareTo(max) <= 0).orElse(true)
          && s.dateFrom().map(from -> !d.schedule().start().isBefore(from)).orElse(true)
          && s.dateTo().map(to -> !d.schedule().start().isAfter(to)).orElse(true)
          && s.text().map(t -> lower(d.title()).contains(lower(t))).orElse(true)
          && s.tag().map(d.tags()::contains).orElse(true)
          && s.organizer().map(e::isOrganizedBy).orElse(true);
    };
  }

  /** True when {@code e} comes after {@code position} in the catalog order (start, then id). */
  private static boolean isAfter(Event e, EventKeyset position) {
    int byStart = e.details().schedule().start().compareTo(position.dateStart());
    return byStart > 0
        || (byStart == 0 && e.id().toString().compareTo(position.id().toString()) > 0);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private EventView view(Event event) {
    return new EventView(event, OrganizerSummary.of(db.organizers.get(event.organizerId())));
  }
}
