package org.aquastream.event.adapter.postgres;

import java.util.Optional;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.UserId;

/** Stores organizers in {@code event.organizers}; the unique slug and owner guard inserts. */
final class JdbiOrganizerRepository implements OrganizerRepository {
  private static final String SELECT =
      "SELECT " + OrganizerRowMapper.COLUMNS + " FROM event.organizers o";

  private final Database database;

  JdbiOrganizerRepository(Database database) {
    this.database = database;
  }

  @Override
  public boolean insert(Organizer organizer) {
    OrganizerProfile profile = organizer.profile();
    // No conflict target: a clash on id, slug or owner all mean "not inserted".
    return database.update(
            """
            INSERT INTO event.organizers (id, slug, name, owner_user_id, logo_url,
                description, contacts, brand_color, created_at, updated_at)
            VALUES (:id, :slug, :name, :owner, :logoUrl,
                :description, CAST(:contacts AS jsonb), :brandColor, :createdAt,
                :updatedAt)
            ON CONFLICT DO NOTHING
            """,
            update ->
                update
                    .bind("id", organizer.id())
                    .bind("slug", organizer.slug().value())
                    .bind("name", profile.name())
                    .bind("owner", organizer.ownerUserId())
                    .bind("logoUrl", profile.logoUrl())
                    .bind("description", profile.description())
                    .bind("contacts", JsonColumns.contacts(profile.contacts()))
                    .bind("brandColor", profile.brandColor())
                    .bind("createdAt", organizer.createdAt())
                    .bind("updatedAt", organizer.updatedAt()))
        == 1;
  }

  @Override
  public void update(Organizer organizer) {
    OrganizerProfile profile = organizer.profile();
    database.update(
        """
        UPDATE event.organizers
           SET name = :name, logo_url = :logoUrl, description = :description,
               contacts = CAST(:contacts AS jsonb), brand_color = :brandColor,
               updated_at = :updatedAt
         WHERE id = :id
        """,
        update ->
            update
                .bind("id", organizer.id())
                .bind("name", profile.name())
                .bind("logoUrl", profile.logoUrl())
                .bind("description", profile.description())
                .bind("contacts", JsonColumns.contacts(profile.contacts()))
                .bind("brandColor", profile.brandColor())
                .bind("updatedAt", organizer.updatedAt()));
  }

  @Override
  public Optional<Organizer> findById(OrganizerId id) {
    return findOne(SELECT + " WHERE id = :value", id);
  }

  @Override
  public Optional<Organizer> findBySlug(Slug slug) {
    return findOne(SELECT + " WHERE slug = :value", slug.value());
  }

  @Override
  public Optional<Organizer> findByOwner(UserId owner) {
    return findOne(SELECT + " WHERE owner_user_id = :value", owner);
  }

  private Optional<Organizer> findOne(String sql, Object value) {
    return database.find(sql, query -> query.bind("value", value).mapTo(Organizer.class));
  }
}
