package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * What an organizer's ordered lists (its team, its FAQ) do alike, each on its own table: read one
 * item, read the organizer's items in list order, delete one, bind the columns every item has. A
 * repository gives its table's statements.
 *
 * @param <I> the items' id
 * @param <T> an item
 */
final class OrganizerItems<I, T> {
  // The domain's ORDER of these lists: sort order, then the earliest added, then id.
  private static final String LIST_ORDER = " ORDER BY sort_order, created_at, id";

  private final Database database;
  private final String select;
  private final String delete;
  private final RowMapper<T> rows;

  /**
   * {@code select} reads every column {@code rows} needs from the table, without a condition;
   * {@code delete} deletes the row {@code :id}.
   */
  OrganizerItems(Database database, String select, String delete, RowMapper<T> rows) {
    this.database = database;
    this.select = select;
    this.delete = delete;
    this.rows = rows;
  }

  Optional<T> find(I id) {
    return database.find(select + " WHERE id = :id", query -> query.bind("id", id).map(rows));
  }

  List<T> of(OrganizerId organizer) {
    return database.list(
        select + " WHERE organizer_id = :organizerId" + LIST_ORDER,
        query -> query.bind("organizerId", organizer).map(rows));
  }

  /**
   * Binds what every item has, its place in the list among them: {@code :id}, {@code :organizerId},
   * {@code :sortOrder}, {@code :createdAt} and {@code :updatedAt}.
   */
  static Update bindItem(
      Update update,
      Object id,
      OrganizerId organizer,
      int sortOrder,
      Instant createdAt,
      Instant updatedAt) {
    return update
        .bind("id", id)
        .bind("organizerId", organizer)
        .bind("sortOrder", sortOrder)
        .bind("createdAt", createdAt)
        .bind("updatedAt", updatedAt);
  }

  /** False when there was no such item. */
  boolean delete(I id) {
    return database.update(delete, update -> update.bind("id", id)) == 1;
  }
}
