package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.adapter.postgres.NumberedPages.SortKey.asc;
import static org.aquastream.event.adapter.postgres.NumberedPages.SortKey.desc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/**
 * Reads events joined with their organizer for the catalog and organizer lists. The catalog's
 * statements are built by {@link #catalogPage} and {@link #catalogAfter} so that tests can EXPLAIN
 * exactly what runs; numbered pages read ids before rows ({@link NumberedPages}).
 */
final class JdbiEventQueries implements EventQueries {
  static final String SELECT_VIEW =
      "SELECT "
          + EventRowMapper.COLUMNS
          + ", o.id AS o_id, o.slug AS o_slug, o.name AS o_name, o.logo_url AS o_logo_url";
  private static final String TABLE = "event.events e";
  private static final String JOIN_ORGANIZER = " JOIN event.organizers o ON o.id = e.organizer_id";
  static final String FROM = " FROM " + TABLE + JOIN_ORGANIZER;
  private static final NumberedPages CATALOG =
      new NumberedPages(
          SELECT_VIEW, TABLE, JOIN_ORGANIZER, List.of(asc("e.date_start"), asc("e.id")));
  // An organizer's own list, latest start first.
  private static final NumberedPages OWN =
      new NumberedPages(
          SELECT_VIEW, TABLE, JOIN_ORGANIZER, List.of(desc("e.date_start"), asc("e.id")));

  private final Database database;
  private final ListTotals totals = ListTotals.standard();

  JdbiEventQueries(Database database) {
    this.database = database;
  }

  @Override
  public Optional<EventView> findView(EventId id) {
    return database.find(
        SELECT_VIEW + FROM + " WHERE e.id = :id",
        query -> query.bind("id", id).mapTo(EventView.class));
  }

  @Override
  public Page<EventView> search(EventSearch search, PageRequest page) {
    return page(catalogFilter(search), CATALOG, page);
  }

  @Override
  public List<EventView> searchAfter(EventSearch search, Optional<EventKeyset> after, int limit) {
    Statement statement = catalogAfter(search, after, limit);
    return database.list(
        statement.sql(), query -> query.bindMap(statement.binds()).mapTo(EventView.class));
  }

  @Override
  public Page<EventView> listByOrganizer(
      OrganizerId organizer, Optional<EventStatus> status, PageRequest page) {
    Filter filter = new Filter();
    filter.and("e.organizer_id = :organizerId", "organizerId", organizer);
    status.ifPresent(s -> filter.and("e.status = :status", "status", s.name()));
    return page(filter, OWN, page);
  }

  /**
   * The items query of one numbered catalog page when {@code total} events match; empty when the
   * page lies past the end.
   */
  static Optional<Statement> catalogPage(EventSearch search, PageRequest page, long total) {
    Filter filter = catalogFilter(search);
    return CATALOG.page(filter.sql(), filter.binds, page, total);
  }

  /**
   * The total of a numbered catalog page. Every condition is on the event, and every event has its
   * organizer (a foreign key), so the count reads events alone, without joining every matching row
   * to its organizer (a third of the count's time on a million events). It still reads every match,
   * so a large total is reused for a few seconds ({@link ListTotals}); deep pages of large lists
   * belong to the keyset pages (docs/performance.md).
   */
  static Statement catalogCount(EventSearch search) {
    return catalogFilter(search).count();
  }

  /**
   * The items query of a keyset catalog page: the row comparison walks the (date_start, id) index.
   */
  static Statement catalogAfter(EventSearch search, Optional<EventKeyset> after, int limit) {
    Filter filter = catalogFilter(search);
    after.ifPresent(
        position -> {
          filter.and(
              "(e.date_start, e.id) > (:afterStart, :afterId)", "afterStart", position.dateStart());
          filter.binds.put("afterId", position.id());
        });
    Map<String, Object> binds = new LinkedHashMap<>(filter.binds);
    binds.put("limit", limit);
    return new Statement(
        SELECT_VIEW + FROM + filter.sql() + " ORDER BY " + CATALOG.orderBy() + " LIMIT :limit",
        binds);
  }

  private static Filter catalogFilter(EventSearch search) {
    Filter filter = new Filter();
    filter.and("e.status = :status", "status", search.status().name());
    search
        .organizer()
        .ifPresent(id -> filter.and("e.organizer_id = :organizerId", "organizerId", id));
    search.type().ifPresent(type -> filter.and("e.type = :type", "type", type));
    // A free event (price NULL) costs 0 for the price range.
    search
        .minPrice()
        .ifPresent(min -> filter.and("COALESCE(e.price, 0) >= :minPrice", "minPrice", min));
    search
        .maxPrice()
        .ifPresent(max -> filter.and("COALESCE(e.price, 0) <= :maxPrice", "maxPrice", max));
    search.dateFrom().ifPresent(from -> filter.and("e.date_start >= :dateFrom", "dateFrom", from));
    search.dateTo().ifPresent(to -> filter.and("e.date_start <= :dateTo", "dateTo", to));
    // ILIKE '%text%' is served by the trigram index idx_events_title_trgm.
    search
        .text()
        .ifPresent(
            text ->
                filter.and(
                    "e.title ILIKE :titlePattern ESCAPE '\\'",
                    "titlePattern",
                    "%" + escapeLike(text) + "%"));
    // Containment (not "= ANY") so that the GIN index idx_events_tags serves it.
    search.tag().ifPresent(tag -> filter.and("e.tags @> ARRAY[CAST(:tag AS text)]", "tag", tag));
    return filter;
  }

  private Page<EventView> page(Filter filter, NumberedPages list, PageRequest page) {
    Statement count = filter.count();
    return database.withHandle(
        handle -> {
          long total =
              totals.total(
                  count,
                  () ->
                      handle
                          .createQuery(count.sql())
                          .bindMap(count.binds())
                          .mapTo(Long.class)
                          .one());
          List<EventView> found =
              list.read(
                  handle,
                  filter.sql(),
                  filter.binds,
                  page,
                  total,
                  query -> query.mapTo(EventView.class));
          return Page.of(found, total, page);
        });
  }

  /** Makes {@code %}, {@code _} and the escape character itself match literally. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** One SQL statement with the values it binds by name. */
  record Statement(String sql, Map<String, Object> binds) {}

  /** The conditions of a WHERE clause with the values they bind. */
  private static final class Filter {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();

    void and(String condition, String name, Object value) {
      conditions.add(condition);
      binds.put(name, value);
    }

    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** How many events match; the conditions name only the event's own columns. */
    Statement count() {
      return new Statement("SELECT count(*) FROM " + TABLE + sql(), binds);
    }
  }
}
