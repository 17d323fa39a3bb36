package org.aquastream.event.adapter.postgres;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.domain.organizer.FaqContent;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.jdbi.v3.core.mapper.RowMapper;

/** Stores FAQ items in {@code event.faq_items}. */
final class JdbiFaqItemRepository implements FaqItemRepository {
  private static final String SELECT =
      """
      SELECT id, organizer_id, question, answer, sort_order, created_at, updated_at
        FROM event.faq_items
      """;
  private static final RowMapper<FaqItem> MAPPER =
      (rs, ctx) ->
          new FaqItem(
              new FaqItemId(Columns.uuid(rs, "id")),
              new OrganizerId(Columns.uuid(rs, "organizer_id")),
              new FaqContent(
                  rs.getString("question"), rs.getString("answer"), rs.getInt("sort_order")),
              Columns.instant(rs, "created_at"),
              Columns.instant(rs, "updated_at"));

  private final Database database;

  JdbiFaqItemRepository(Database database) {
    this.database = database;
  }

  @Override
  public void insert(FaqItem item) {
    write(
        """
        INSERT INTO event.faq_items
            (id, organizer_id, question, answer, sort_order, created_at, updated_at)
        VALUES (:id, :organizerId, :question, :answer, :sortOrder, :createdAt, :updatedAt)
        """,
        item);
  }

  @Override
  public void update(FaqItem item) {
    write(
        """
        UPDATE event.faq_items
           SET question = :question, answer = :answer, sort_order = :sortOrder,
               updated_at = :updatedAt
         WHERE id = :id
        """,
        item);
  }

  @Override
  public boolean delete(FaqItemId id) {
    return database.withHandle(
            handle ->
                handle
                    .createUpdate("DELETE FROM event.faq_items WHERE id = :id")
                    .bind("id", id.value())
                    .execute())
        == 1;
  }

  @Override
  public Optional<FaqItem> findById(FaqItemId id) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE id = :id")
                .bind("id", id.value())
                .map(MAPPER)
                .findOne());
  }

  @Override
  public List<FaqItem> listByOrganizer(OrganizerId organizer) {
    return database.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + " WHERE organizer_id = :organizerId"
                        + " ORDER BY sort_order, created_at, id")
                .bind("organizerId", organizer.value())
                .map(MAPPER)
                .list());
  }

  private void write(String sql, FaqItem item) {
    FaqContent content = item.content();
    database.withHandle(
        handle ->
            handle
                .createUpdate(sql)
                .bind("id", item.id().value())
                .bind("organizerId", item.organizerId().value())
                .bind("question", content.question())
                .bind("answer", content.answer())
                .bind("sortOrder", content.sortOrder())
                .bind("createdAt", item.createdAt())
                .bind("updatedAt", item.updatedAt())
                .execute());
  }
}
