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
  private final OrganizerItems<FaqItemId, FaqItem> items;

  JdbiFaqItemRepository(Database database) {
    this.database = database;
    this.items =
        new OrganizerItems<>(
            database, SELECT, "DELETE FROM event.faq_items WHERE id = :id", MAPPER);
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
    return items.delete(id);
  }

  @Override
  public Optional<FaqItem> findById(FaqItemId id) {
    return items.find(id);
  }

  @Override
  public List<FaqItem> listByOrganizer(OrganizerId organizer) {
    return items.of(organizer);
  }

  private void write(String sql, FaqItem item) {
    FaqContent content = item.content();
    database.update(
        sql,
        update ->
            OrganizerItems.bindItem(
                    update,
                    item.id(),
                    item.organizerId(),
                    content.sortOrder(),
                    item.createdAt(),
                    item.updatedAt())
                .bind("question", content.question())
                .bind("answer", content.answer()));
  }
}
