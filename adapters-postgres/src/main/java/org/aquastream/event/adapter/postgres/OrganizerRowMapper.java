package org.aquastream.event.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.UserId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Rebuilds an {@link Organizer} from a row of {@code event.organizers}. */
final class OrganizerRowMapper implements RowMapper<Organizer> {
  /** The columns it reads, of {@code event.organizers} named {@code o}. */
  static final String COLUMNS =
      """
      o.id, o.slug, o.name, o.owner_user_id, o.logo_url, o.description, o.contacts,
             o.brand_color, o.created_at, o.updated_at""";

  @Override
  public Organizer map(ResultSet rs, StatementContext ctx) throws SQLException {
    return Organizer.restore(
        new OrganizerId(Columns.uuid(rs, "id")),
        new Slug(rs.getString("slug")),
        new UserId(Columns.uuid(rs, "owner_user_id")),
        new OrganizerProfile(
            rs.getString("name"),
            rs.getString("logo_url"),
            rs.getString("description"),
            JsonColumns.contacts(rs.getString("contacts")),
            rs.getString("brand_color")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
