package org.aquastream.event.adapter.postgres;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aquastream.event.adapter.postgres.JdbiEventQueries.Statement;
import org.aquastream.event.domain.shared.PageRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads numbered pages of one sorted list without OFFSET over whole rows: the page's ids first,
 * skipping entries of the sort order's index (an index-only scan where the filter allows), then
 * only the page's rows by id. A page in the second half of the list is read backwards from its end,
 * so the last page of a million costs about what the first does. The answer is exactly what {@code
 * ORDER BY <order> LIMIT size OFFSET page * size} over the whole rows gives, provided the order
 * ends in a unique column (docs/adr/0028).
 */
final class NumberedPages {
  private final String select;
  private final String table;
  private final String alias;
  private final String joins;
  private final List<SortKey> order;

  /** One column of the list's order and its direction. */
  record SortKey(String column, boolean descending) {
    static SortKey asc(String column) {
      return new SortKey(column, false);
    }

    static SortKey desc(String column) {
      return new SortKey(column, true);
    }

    String sql(boolean reversed) {
      return column + (descending != reversed ? " DESC" : " ASC");
    }
  }

  /**
   * @param select the {@code SELECT} list of a page's rows, naming the table as {@code alias}
   * @param table the list's table with its alias, e.g. {@code event.events e}
   * @param joins what the rows join after the table, e.g. their organizer; may be empty
   * @param order the list's order, ending in a unique column (the id)
   */
  NumberedPages(String select, String table, String joins, List<SortKey> order) {
    this.select = select;
    this.table = table;
    this.alias = table.substring(table.lastIndexOf(' ') + 1);
    this.joins = joins;
    this.order = List.copyOf(order);
  }

  /**
   * The statement that reads {@code page} of the rows matching {@code where} (a WHERE clause on the
   * table, or empty) when {@code total} rows match; empty when the page lies past the end.
   */
  Optional<Statement> page(String where, Map<String, Object> binds, PageRequest page, long total) {
    long first = page.offset();
    if (first >= total) {
      return Optional.empty();
    }
    long end = Math.min(first + page.size(), total);
    long fromEnd = total - end;
    boolean backwards = fromEnd < first;
    Map<String, Object> all = new LinkedHashMap<>(binds);
    all.put("limit", end - first);
    all.put("offset", backwards ? fromEnd : first);
    String ids =
        "SELECT "
            + alias
            + ".id FROM "
            + table
            + where
            + " ORDER BY "
            + orderBy(backwards)
            + " LIMIT :limit OFFSET :offset";
    return Optional.of(
        new Statement(
            select
                + " FROM ("
                + ids
                + ") AS page JOIN "
                + table
                + " ON "
                + alias
                + ".id = page.id"
                + joins
                + " ORDER BY "
                + orderBy(),
            all));
  }

  /** The rows of {@link #page}, read on {@code handle}, {@code rows} naming what they map to. */
  <T> List<T> read(
      Handle handle,
      String where,
      Map<String, Object> binds,
      PageRequest page,
      long total,
      Function<Query, ResultIterable<T>> rows) {
    return page(where, binds, page, total)
        .map(items -> rows.apply(handle.createQuery(items.sql()).bindMap(items.binds())).list())
        .orElse(List.of());
  }

  /** The list's order as an ORDER BY list. */
  String orderBy() {
    return orderBy(false);
  }

  private String orderBy(boolean reversed) {
    return order.stream().map(key -> key.sql(reversed)).collect(Collectors.joining(", "));
  }
}
