package org.aquastream.event.adapter.postgres;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aquastream.event.application.port.in.EventSearch;
import org.aquastream.event.application.port.in.EventView;
import org.aquastream.event.application.port.out.EventQueries;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** Reads events joined with their organizer for the catalog and organizer lists. */
final class JdbiEventQueries implements EventQueries {
  private static final String SELECT_VIEW =
      """
      SELECT e.id, e.organizer_id, e.type, e.title, e.description, e.date_start, e.date_end,
             e.location, e.price, e.currency, e.capacity, e.available, e.status, e.tags,
             e.created_at, e.updated_at,
             o.id AS o_id, o.slug AS o_slug, o.name AS o_name, o.logo_url AS o_logo_url
      """;
  private static final String FROM =
      " FROM event.events e JOIN event.organizers o ON o.id = e.organizer_id";

  private final Database database;

  JdbiEventQueries(Database database) {
    this.database = database;
  }

  @Override
  public Optional<EventView> findView(EventId id) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(SELECT_VIEW + FROM + " WHERE e.id = :id")
                .bind("id", id.value())
                .map(EventViewRowMapper.INSTANCE)
                .findOne());
  }

  @Override
  public Page<EventView> search(EventSearch search, PageRequest page) {
    Filter filter = new Filter();
    filter.and("e.status = :status", "status", search.status().name());
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
    search
        .text()
        .ifPresent(
            text ->
                filter.and(
                    "e.title ILIKE :titlePattern ESCAPE '\\'",
                    "titlePattern",
                    "%" + escapeLike(text) + "%"));
    search.tag().ifPresent(tag -> filter.and(":tag = ANY(e.tags)", "tag", tag));
    return page(filter, "e.date_start ASC, e.id ASC", page);
  }

  @Override
  public Page<EventView> listByOrganizer(
      OrganizerId organizer, Optional<EventStatus> status, PageRequest page) {
    Filter filter = new Filter();
    filter.and("e.organizer_id = :organizerId", "organizerId", organizer.value());
    status.ifPresent(s -> filter.and("e.status = :status", "status", s.name()));
    return page(filter, "e.date_start DESC, e.id ASC", page);
  }

  private Page<EventView> page(Filter filter, String orderBy, PageRequest page) {
    String where = filter.sql();
    return database.withHandle(
        handle -> {
          long total =
              handle
                  .createQuery("SELECT count(*)" + FROM + where)
                  .bindMap(filter.binds)
                  .mapTo(Long.class)
                  .one();
          List<EventView> items =
              handle
                  .createQuery(
                      SELECT_VIEW
                          + FROM
                          + where
                          + " ORDER BY "
                          + orderBy
                          + " LIMIT :limit OFFSET :offset")
                  .bindMap(filter.binds)
                  .bind("limit", page.size())
                  .bind("offset", page.offset())
                  .map(EventViewRowMapper.INSTANCE)
                  .list();
          return Page.of(items, total, page);
        });
  }

  /** Makes {@code %}, {@code _} and the escape character itself match literally. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

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
  }
}
