package org.aquastream.event.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog's list queries use their indexes on a big catalog: EXPLAIN of the exact statements
 * the repositories run. The catalog has 20 000 events and 20 000 organizers, vacuumed and analyzed:
 * on a handful of rows PostgreSQL rightly reads the whole table, so a small table would prove
 * nothing, and switching sequential scans off would prove only that an index exists, not that the
 * planner prefers it.
 */
class CatalogQueryPlansTest {
  private static final int EVENTS = 20_000;
  private static final int ORGANIZERS = 20_000;

  private static TestDatabase db;
  private static Database database;

  @BeforeAll
  static void buildABigCatalog() {
    db = TestDatabase.fresh();
    database = new Database(db.dataSource());
    database.withHandle(
        handle -> {
          handle.execute(
              """
              INSERT INTO event.organizers (id, slug, name, owner_user_id, description)
              SELECT md5('o' || i)::uuid, 'club-' || i, 'Club ' || md5('name' || i),
                     md5('owner' || i)::uuid, 'We run trips number ' || md5('d' || i)
                FROM generate_series(1, ?) AS i
              """,
              ORGANIZERS);
          handle.execute(
              """
              INSERT INTO event.events (id, organizer_id, type, title, date_start, date_end,
                  location, price, currency, capacity, available, status, tags)
              SELECT md5('e' || i)::uuid, md5('o' || (i % ?) + 1)::uuid,
                     (ARRAY['RAFTING', 'KAYAK', 'DIVING', 'SUP'])[i % 4 + 1],
                     'Trip ' || md5('title' || i),
                     timestamptz '2030-01-01 00:00Z' + i * interval '1 hour',
                     timestamptz '2030-01-01 03:00Z' + i * interval '1 hour',
                     '{"city": "Kazan"}', (i % 50) * 100, 'RUB', 20, 20,
                     CASE WHEN i % 10 = 0 THEN 'COMPLETED' ELSE 'PUBLISHED' END,
                     ARRAY['water', 'tag' || (i % 500)]
                FROM generate_series(1, ?) AS i
              """,
              ORGANIZERS, EVENTS);
          handle.execute(
              "UPDATE event.events SET title = 'Midnight needle dive' WHERE id = md5('e777')::uuid");
          handle.execute(
              "UPDATE event.organizers SET name = 'Needle Divers' WHERE id = md5('o77')::uuid");
          // As autovacuum would: fresh statistics, and the GIN indexes' pending lists (where bulk
          // inserts wait) merged into the indexes proper.
          handle.execute("VACUUM ANALYZE event.events");
          handle.execute("VACUUM ANALYZE event.organizers");
          return null;
        });
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Test
  void titleSearchUsesTheTrigramIndex() {
    String plan = explain(firstPage(search("needle")));

    assertThat(plan).contains("idx_events_title_trgm").doesNotContain("Seq Scan on events");
  }

  @Test
  void theTotalOfANumberedPageCountsEventsWithoutJoiningTheirOrganizers() {
    String plan = explain(JdbiEventQueries.catalogCount(EventSearch.published()));

    assertThat(plan).contains("\"events\"").doesNotContain("organizers", "Join");
  }

  @Test
  void theTotalOfANumberedPageIsTheNumberOfMatchingEvents() {
    var page = new JdbiEventQueries(database).search(EventSearch.published(), PageRequest.first());

    assertThat(page.total()).isEqualTo(EVENTS - EVENTS / 10);
  }

  @Test
  void titleSearchFindsTheOneMatchingEvent() {
    var found =
        new JdbiEventQueries(database).search(search("NEEDLE"), PageRequest.first()).items();

    assertThat(found)
        .extracting(v -> v.event().details().title())
        .containsExactly("Midnight needle dive");
  }

  @Test
  void aKeysetPageWalksTheStartIdIndexWithoutSorting() {
    EventKeyset middle =
        new EventKeyset(
            Instant.parse("2031-01-01T00:00:00Z"),
            new EventId(UUID.fromString("80000000-0000-4000-8000-000000000000")));

    String plan =
        explain(JdbiEventQueries.catalogAfter(EventSearch.published(), Optional.of(middle), 21));

    assertThat(plan).contains("idx_events_published_start_id").doesNotContain("\"Sort\"");
  }

  @Test
  void aTagFilterUsesTheTagsIndex() {
    EventSearch tagged = catalog(EventStatus.PUBLISHED, Optional.of("tag17"));

    assertThat(explain(firstPage(tagged))).contains("idx_events_tags");
  }

  @Test
  void organizerSearchUsesTheTrigramIndexesOfNameAndDescription() {
    String plan =
        explain(
            new JdbiEventQueries.Statement(
                "SELECT o.id FROM event.organizers o" + JdbiOrganizerQueries.MATCHES,
                Map.of("pattern", "%needle%")));

    assertThat(plan).contains("idx_organizers_name_trgm", "idx_organizers_description_trgm");
  }

  @Test
  void anOrganizersPublicListUsesItsOrganizerIndex() {
    EventSearch own =
        EventSearch.published()
            .forOrganizer(
                new org.aquastream.event.domain.organizer.OrganizerId(
                    UUID.nameUUIDFromBytes(new byte[] {1})));

    assertThat(explain(firstPage(own)))
        .containsAnyOf("idx_events_organizer_status_start_id", "idx_events_organizer")
        .doesNotContain("Seq Scan on events");
  }

  @Test
  void theLastNumberedPageReadsItsIdsBackwardsFromTheEndOfTheIndexAndNoWholeRowIsSkipped() {
    long total = EVENTS - EVENTS / 10;
    PageRequest last = new PageRequest((int) ((total - 1) / 20), 20);

    String plan =
        explain(JdbiEventQueries.catalogPage(EventSearch.published(), last, total).orElseThrow());

    assertThat(plan)
        .contains("\"Index Only Scan\"", "\"Backward\"", "idx_events_published_start_id")
        .doesNotContain("Seq Scan");
  }

  @Test
  void aPageInTheFirstHalfSkipsIndexEntriesForwardsNotRows() {
    long total = EVENTS - EVENTS / 10;
    PageRequest early = new PageRequest(200, 20);

    String plan =
        explain(JdbiEventQueries.catalogPage(EventSearch.published(), early, total).orElseThrow());

    assertThat(plan)
        .contains("\"Index Only Scan\"", "\"Forward\"", "idx_events_published_start_id")
        .doesNotContain("Seq Scan", "\"Backward\"");
  }

  @Test
  void aDeepPageOfCompletedEventsReadsTheStatusIndexBackwards() {
    EventSearch completed = catalog(EventStatus.COMPLETED, Optional.empty());
    long total = EVENTS / 10;

    String plan =
        explain(
            JdbiEventQueries.catalogPage(completed, new PageRequest(99, 20), total).orElseThrow());

    assertThat(plan)
        .contains("\"Index Only Scan\"", "\"Backward\"", "idx_events_status_start_id")
        .doesNotContain("Seq Scan");
  }

  @Test
  void aPagePastTheEndReadsNothing() {
    assertThat(
            JdbiEventQueries.catalogPage(EventSearch.published(), new PageRequest(900, 20), 18_000))
        .isEmpty();
  }

  private static JdbiEventQueries.Statement firstPage(EventSearch search) {
    return JdbiEventQueries.catalogPage(search, PageRequest.first(), EVENTS).orElseThrow();
  }

  private static EventSearch catalog(EventStatus status, Optional<String> tag) {
    return new EventSearch(
        status,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        tag);
  }

  private static EventSearch search(String text) {
    return new EventSearch(
        EventStatus.PUBLISHED,
        Optional.empty(),
        Optional.of(BigDecimal.ZERO),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(text),
        Optional.empty());
  }

  /** The plan PostgreSQL picks for {@code statement} with its values, as JSON text. */
  private static String explain(JdbiEventQueries.Statement statement) {
    return database.withHandle(
        handle ->
            handle
                .createQuery("EXPLAIN (FORMAT JSON) " + statement.sql())
                .bindMap(statement.binds())
                .mapTo(String.class)
                .one());
  }
}
