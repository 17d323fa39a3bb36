package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import java.util.List;
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
    return database.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
                        INSERT INTO event.favorites (user_id, event_id, created_at)
                        VALUES (:userId, :eventId, :at)
                        ON CONFLICT (user_id, event_id) DO NOTHING
                        """)
                    .bind("userId", user.value())
                    .bind("eventId", event.value())
                    .bind("at", at)
                    .execute())
        == 1;
  }

  @Override
  public boolean remove(UserId user, EventId event) {
    return database.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "DELETE FROM event.favorites WHERE user_id = :userId AND event_id = :eventId")
                    .bind("userId", user.value())
                    .bind("eventId", event.value())
                    .execute())
        == 1;
  }

  @Override
  public boolean exists(UserId user, EventId event) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT EXISTS (SELECT 1 FROM event.favorites
                                    WHERE user_id = :userId AND event_id = :eventId)
                    """)
                .bind("userId", user.value())
                .bind("eventId", event.value())
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public long countByEvent(EventId event) {
    return count("SELECT count(*) FROM event.favorites WHERE event_id = :id", event.value());
  }

  @Override
  public long countByUser(UserId user) {
    return count("SELECT count(*) FROM event.favorites WHERE user_id = :id", user.value());
  }

  @Override
  public Page<FavoriteView> listByUser(UserId user, PageRequest page) {
    return database.withHandle(
        handle -> {
          long total =
              handle
                  .createQuery("SELECT count(*) FROM event.favorites WHERE user_id = :userId")
                  .bind("userId", user.value())
                  .mapTo(Long.class)
                  .one();
          List<FavoriteView> items =
              handle
                  .createQuery(
                      JdbiEventQueries.SELECT_VIEW
                          + ", f.created_at AS favorited_at"
                          + JdbiEventQueries.FROM
                          + " JOIN event.favorites f ON f.event_id = e.id"
                          + " WHERE f.user_id = :userId"
                          + " ORDER BY f.created_at DESC, f.event_id ASC"
                          + " LIMIT :limit OFFSET :offset")
                  .bind("userId", user.value())
                  .bind("limit", page.size())
                  .bind("offset", page.offset())
                  .map(
                      (rs, ctx) ->
                          new FavoriteView(
                              EventViewRowMapper.INSTANCE.map(rs, ctx),
                              Columns.instant(rs, "favorited_at")))
                  .list();
          return Page.of(items, total, page);
        });
  }

  private long count(String sql, Object id) {
    return database.withHandle(
        handle -> handle.createQuery(sql).bind("id", id).mapTo(Long.class).one());
  }
}
