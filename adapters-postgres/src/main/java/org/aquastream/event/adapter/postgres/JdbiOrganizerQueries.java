package org.aquastream.event.adapter.postgres;

import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.OrganizerCard;
import org.aquastream.event.application.port.out.organizer.OrganizerQueries;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** The public directory of organizers, with the number of each one's published events. */
final class JdbiOrganizerQueries implements OrganizerQueries {
  // ILIKE '%text%' on name or description is served by the two trigram indexes (a BitmapOr).
  // Backslash is LIKE's default escape character, which escapeLike relies on.
  static final String MATCHES = " WHERE o.name ILIKE :pattern OR o.description ILIKE :pattern";

  private final Database database;

  JdbiOrganizerQueries(Database database) {
    this.database = database;
  }

  @Override
  public Page<OrganizerCard> search(Optional<String> text, PageRequest page) {
    String where = text.isPresent() ? MATCHES : "";
    String pattern = text.map(t -> "%" + JdbiEventQueries.escapeLike(t) + "%").orElse(null);
    return database.page(
        "SELECT count(*) FROM event.organizers o" + where,
        "SELECT "
            + OrganizerRowMapper.COLUMNS
            + ","
            + """
                   (SELECT count(*) FROM event.events e
                     WHERE e.organizer_id = o.id AND e.status = 'PUBLISHED') AS event_count
              FROM event.organizers o
            """
            + where
            + " ORDER BY o.name, o.id LIMIT :limit OFFSET :offset",
        query -> pattern == null ? query : query.bind("pattern", pattern),
        query ->
            query.map(
                row ->
                    new OrganizerCard(
                        row.getRow(Organizer.class), row.getColumn("event_count", Long.class))),
        page);
  }
}
