package org.aquastream.event.adapter.postgres;

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
 * exactly what runs.
 */
final class JdbiEventQueries implements EventQueries {
  static final String SELECT_VIEW =
      "SELECT "
          + EventRowMapper.COLUMNS
          + ", o.id AS o_id, o.slug AS o_slug, o.name AS o_name, o.logo_url AS o_logo_url";
  static final String FROM =
      " FROM event.events e JOIN event.organizers o ON o.id = e.organizer_id";
  private static final String CATALOG_ORDER = "e.date_start ASC, e.id ASC";

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
    return page(catalogCount(search), catalogPage(search, page), page);
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
    return page(filter.count(), filter.page("e.date_start DESC, e.id ASC", page), page);
  }

  /** The items query of one numbered catalog page. */
  static Statement catalogPage(EventSearch search, PageRequest page) {
    return catalogFilter(search).page(CATALOG_ORDER, page);
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
        SELECT_VIEW + FROM + filter.sql() + " ORDER BY " + CATALOG_ORDER + " LIMIT :limit", binds);
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

  private Page<EventView> page(Statement count, Statement items, PageRequest page) {
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
              handle.createQuery(items.sql()).bindMap(items.binds()).mapTo(EventView.class).list();
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
      return new Statement("SELECT count(*) FROM event.events e" + sql(), binds);
    }

    Statement page(String orderBy, PageRequest page) {
      Map<String, Object> all = new LinkedHashMap<>(binds);
      all.put("limit", page.size());
      all.put("offset", page.offset());
      return new Statement(
          SELECT_VIEW + FROM + sql() + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset",
          all);
    }
  }
}
