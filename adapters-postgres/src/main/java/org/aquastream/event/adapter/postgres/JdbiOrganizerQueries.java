package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.adapter.postgres.NumberedPages.SortKey.asc;

import java.util.List;
import java.util.Map;
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
  private static final String TABLE = "event.organizers o";
  // Published events are counted for the page's organizers only, never for the ones skipped.
  private static final NumberedPages DIRECTORY =
      new NumberedPages(
          "SELECT "
              + OrganizerRowMapper.COLUMNS
              + """
              , (SELECT count(*) FROM event.events e
                   WHERE e.organizer_id = o.id AND e.status = 'PUBLISHED') AS event_count""",
          TABLE,
          "",
          List.of(asc("o.name"), asc("o.id")));

  private final Database database;

  JdbiOrganizerQueries(Database database) {
    this.database = database;
  }

  @Override
  public Page<OrganizerCard> search(Optional<String> text, PageRequest page) {
    String where = text.isPresent() ? MATCHES : "";
    Map<String, Object> binds =
        text.<Map<String, Object>>map(
                t -> Map.of("pattern", "%" + JdbiEventQueries.escapeLike(t) + "%"))
            .orElse(Map.of());
    return database.withHandle(
        handle -> {
          long total =
              handle
                  .createQuery("SELECT count(*) FROM " + TABLE + where)
                  .bindMap(binds)
                  .mapTo(Long.class)
                  .one();
          List<OrganizerCard> found =
              DIRECTORY.read(
                  handle,
                  where,
                  binds,
                  page,
                  total,
                  query ->
                      query.map(
                          row ->
                              new OrganizerCard(
                                  row.getRow(Organizer.class),
                                  row.getColumn("event_count", Long.class))));
          return Page.of(found, total, page);
        });
  }
}
