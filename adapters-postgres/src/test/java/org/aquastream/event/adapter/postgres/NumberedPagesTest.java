package org.aquastream.event.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.adapter.postgres.JdbiEventQueries.Statement;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerCard;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every numbered page, read ids first and from the nearer end, is exactly the page the plain {@code
 * ORDER BY ... LIMIT ... OFFSET} over whole rows reads from the same data: for every page of every
 * size of lists with many equal start dates (and equal organizer names), so that only the id
 * decides between them, in both halves of each list and one page past its end.
 */
class NumberedPagesTest {
  private static final int EVENTS = 260;
  private static final int ORGANIZERS = 45;
  private static final List<Integer> SIZES = List.of(1, 7, 20, 100);

  private static TestDatabase db;
  private static Database database;
  private static JdbiEventQueries events;
  private static JdbiOrganizerQueries organizers;
  private static OrganizerId thirdClub;

  @BeforeAll
  static void fillTheCatalog() {
    db = TestDatabase.fresh();
    database = new Database(db.dataSource());
    events = new JdbiEventQueries(database);
    organizers = new JdbiOrganizerQueries(database);
    database.withHandle(
        handle -> {
          // Organizer names repeat every four, so that the directory's order falls back on ids.
          handle.execute(
              """
              INSERT INTO event.organizers (id, slug, name, owner_user_id, description)
              SELECT md5('o' || i)::uuid, 'club-' || i, 'Club ' || (i % 4),
                     md5('owner' || i)::uuid, CASE WHEN i % 3 = 0 THEN 'reef trips' END
                FROM generate_series(1, ?) AS i
              """,
              ORGANIZERS);
          // Start dates repeat every 17 events; statuses, types, prices and titles vary.
          handle.execute(
              """
              INSERT INTO event.events (id, organizer_id, type, title, date_start, date_end,
                  location, price, currency, capacity, available, status, tags)
              SELECT md5('e' || i)::uuid, md5('o' || (i % 7 + 1))::uuid,
                     (ARRAY['RAFTING', 'KAYAK', 'DIVING'])[i % 3 + 1],
                     CASE WHEN i % 4 = 0 THEN 'Reef dive ' || i ELSE 'River trip ' || i END,
                     timestamptz '2031-01-01 00:00Z' + (i % 17) * interval '1 day',
                     timestamptz '2031-01-01 03:00Z' + (i % 17) * interval '1 day',
                     '{"city": "Kazan"}', CASE WHEN i % 6 = 0 THEN NULL ELSE (i % 9) * 500 END,
                     'RUB', 20, 20,
                     (ARRAY['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'COMPLETED', 'DRAFT'])[i % 5 + 1],
                     ARRAY['water', 'tag' || (i % 3)]
                FROM generate_series(1, ?) AS i
              """,
              EVENTS);
          return null;
        });
    thirdClub =
        new OrganizerId(database.one("SELECT md5('o3')::uuid", query -> query.mapTo(UUID.class)));
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Test
  void everyPageOfThePublishedCatalogIsTheOffsetPage() {
    assertEveryPageMatches(EventSearch.published());
  }

  @Test
  void everyPageOfCompletedEventsIsTheOffsetPage() {
    assertEveryPageMatches(filter(EventStatus.COMPLETED, Optional.empty(), Optional.empty()));
  }

  @Test
  void everyPageOfFilteredListsIsTheOffsetPage() {
    assertEveryPageMatches(filter(EventStatus.PUBLISHED, Optional.of("KAYAK"), Optional.empty()));
    assertEveryPageMatches(filter(EventStatus.PUBLISHED, Optional.empty(), Optional.of("reef")));
    assertEveryPageMatches(EventSearch.published().forOrganizer(thirdClub));
  }

  @Test
  void everyPageOfAnOrganizersOwnListIsTheOffsetPage() {
    for (Optional<EventStatus> status :
        List.of(Optional.<EventStatus>empty(), Optional.of(EventStatus.DRAFT))) {
      Filtered own = ownList(status);
      for (int size : SIZES) {
        for (int number = 0; number <= pages(own.total(), size); number++) {
          PageRequest page = new PageRequest(number, size);
          assertThat(ids(events.listByOrganizer(thirdClub, status, page)))
              .as("own list %s, page %d of size %d", status, number, size)
              .isEqualTo(offsetPage(own, "e.date_start DESC, e.id ASC", page));
        }
      }
    }
  }

  @Test
  void everyPageOfTheOrganizerDirectoryIsTheOffsetPage() {
    for (Optional<String> text : List.of(Optional.<String>empty(), Optional.of("REEF"))) {
      Filtered directory = directory(text);
      for (int size : SIZES) {
        for (int number = 0; number <= pages(directory.total(), size); number++) {
          PageRequest page = new PageRequest(number, size);
          Page<OrganizerCard> read = organizers.search(text, page);

          assertThat(read.items())
              .as("directory %s, page %d of size %d", text, number, size)
              .extracting(card -> card.organizer().id().value())
              .isEqualTo(offsetPage(directory, "o.name ASC, o.id ASC", page));
          assertThat(read.total()).isEqualTo(directory.total());
        }
      }
    }
  }

  @Test
  void theDirectoryCountsThePublishedEventsOfEveryOrganizerOnEitherHalfOfTheList() {
    for (int number = 0; number < pages(ORGANIZERS, 5); number++) {
      for (OrganizerCard card :
          organizers.search(Optional.empty(), new PageRequest(number, 5)).items()) {
        assertThat(card.eventCount())
            .as("published events of %s", card.organizer().slug())
            .isEqualTo(
                count(
                    "SELECT count(*) FROM event.events WHERE organizer_id = ?"
                        + " AND status = 'PUBLISHED'",
                    card.organizer().id().value()));
      }
    }
  }

  private static void assertEveryPageMatches(EventSearch search) {
    Statement count = JdbiEventQueries.catalogCount(search);
    Filtered catalog =
        new Filtered(
            count.sql().replace("SELECT count(*)", "SELECT e.id"), count.binds(), count(count));
    assertThat(catalog.total()).as("the list is long enough to prove anything").isGreaterThan(20);
    for (int size : SIZES) {
      for (int number = 0; number <= pages(catalog.total(), size); number++) {
        PageRequest page = new PageRequest(number, size);
        Page<EventView> read = events.search(search, page);

        assertThat(ids(read))
            .as("%s, page %d of size %d", search, number, size)
            .isEqualTo(offsetPage(catalog, "e.date_start ASC, e.id ASC", page));
        assertThat(read.total()).isEqualTo(catalog.total());
      }
    }
  }

  /** The ids of one page as the plain OFFSET query over whole rows reads them. */
  private static List<UUID> offsetPage(Filtered list, String order, PageRequest page) {
    Map<String, Object> binds = new LinkedHashMap<>(list.binds());
    binds.put("limit", page.size());
    binds.put("offset", page.offset());
    return database.list(
        list.idsSql() + " ORDER BY " + order + " LIMIT :limit OFFSET :offset",
        query -> query.bindMap(binds).mapTo(UUID.class));
  }

  private static Filtered ownList(Optional<EventStatus> status) {
    Map<String, Object> binds = new LinkedHashMap<>();
    binds.put("organizerId", thirdClub.value());
    String where = " WHERE e.organizer_id = :organizerId";
    if (status.isPresent()) {
      where += " AND e.status = :status";
      binds.put("status", status.get().name());
    }
    String ids = "SELECT e.id FROM event.events e" + where;
    return new Filtered(ids, binds, count(new Statement(ids.replace("e.id", "count(*)"), binds)));
  }

  private static Filtered directory(Optional<String> text) {
    String ids =
        "SELECT o.id FROM event.organizers o"
            + (text.isPresent() ? JdbiOrganizerQueries.MATCHES : "");
    Map<String, Object> binds =
        text.<Map<String, Object>>map(t -> Map.of("pattern", "%" + t + "%")).orElse(Map.of());
    return new Filtered(ids, binds, count(new Statement(ids.replace("o.id", "count(*)"), binds)));
  }

  private static EventSearch filter(
      EventStatus status, Optional<String> type, Optional<String> text) {
    return new EventSearch(
        status,
        type,
        Optional.of(BigDecimal.ZERO),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        text,
        Optional.empty());
  }

  private static List<UUID> ids(Page<EventView> page) {
    List<UUID> ids = new ArrayList<>();
    page.items().forEach(view -> ids.add(view.event().id().value()));
    return ids;
  }

  /** Pages of {@code size} in a list of {@code total}: the last number checked is one past. */
  private static int pages(long total, int size) {
    return (int) ((total + size - 1) / size);
  }

  private static long count(Statement statement) {
    return database.one(
        statement.sql(), query -> query.bindMap(statement.binds()).mapTo(Long.class));
  }

  private static long count(String sql, UUID organizer) {
    return database.one(sql, query -> query.bind(0, organizer).mapTo(Long.class));
  }

  /** A list's ids query without its order, its values and how many rows it has. */
  private record Filtered(String idsSql, Map<String, Object> binds, long total) {}
}
