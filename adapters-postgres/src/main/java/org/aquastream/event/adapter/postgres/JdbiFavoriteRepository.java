package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.favorite.FavoriteView;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;

/** Stores favorites in {@code event.favorites}; the primary key keeps one mark per user/event. */
final class JdbiFavoriteRepository implements FavoriteRepository {
  private final Database database;

  JdbiFavoriteRepository(Database database) {
    this.database = database;
  }

  @Override
  public boolean add(UserId user, EventId event, Instant at) {
    return database.update(
            """
            INSERT INTO event.favorites (user_id, event_id, created_at)
            VALUES (:userId, :eventId, :at)
            ON CONFLICT (user_id, event_id) DO NOTHING
            """,
            update -> update.bind("userId", user).bind("eventId", event).bind("at", at))
        == 1;
  }

  @Override
  public boolean remove(UserId user, EventId event) {
    return database.update(
            "DELETE FROM event.favorites WHERE user_id = :userId AND event_id = :eventId",
            update -> update.bind("userId", user).bind("eventId", event))
        == 1;
  }

  @Override
  public boolean exists(UserId user, EventId event) {
    return database.one(
        """
        SELECT EXISTS (SELECT 1 FROM event.favorites
                        WHERE user_id = :userId AND event_id = :eventId)
        """,
        query -> query.bind("userId", user).bind("eventId", event).mapTo(Boolean.class));
  }

  @Override
  public long countByEvent(EventId event) {
    return count("SELECT count(*) FROM event.favorites WHERE event_id = :id", event);
  }

  @Override
  public long countByUser(UserId user) {
    return count("SELECT count(*) FROM event.favorites WHERE user_id = :id", user);
  }

  @Override
  public Page<FavoriteView> listByUser(UserId user, PageRequest page) {
    return database.page(
        "SELECT count(*) FROM event.favorites WHERE user_id = :userId",
        JdbiEventQueries.SELECT_VIEW
            + ", f.created_at AS favorited_at"
            + JdbiEventQueries.FROM
            + " JOIN event.favorites f ON f.event_id = e.id"
            + " WHERE f.user_id = :userId"
            + " ORDER BY f.created_at DESC, f.event_id ASC"
            + " LIMIT :limit OFFSET :offset",
        query -> query.bind("userId", user),
        query ->
            query.map(
                row ->
                    new FavoriteView(
                        row.getRow(EventView.class), row.getColumn("favorited_at", Instant.class))),
        page);
  }

  private long count(String sql, Object id) {
    return database.one(sql, query -> query.bind("id", id).mapTo(Long.class));
  }
}
