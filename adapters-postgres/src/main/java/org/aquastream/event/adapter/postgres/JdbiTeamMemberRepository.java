package org.aquastream.event.adapter.postgres;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberDetails;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.jdbi.v3.core.mapper.RowMapper;

/** Stores team members in {@code event.team_members}. */
final class JdbiTeamMemberRepository implements TeamMemberRepository {
  private static final String SELECT =
      """
      SELECT id, organizer_id, name, role, photo_url, bio, sort_order, created_at, updated_at
        FROM event.team_members
      """;
  private static final RowMapper<TeamMember> MAPPER =
      (rs, ctx) ->
          new TeamMember(
              new TeamMemberId(Columns.uuid(rs, "id")),
              new OrganizerId(Columns.uuid(rs, "organizer_id")),
              new TeamMemberDetails(
                  rs.getString("name"),
                  rs.getString("role"),
                  rs.getString("photo_url"),
                  rs.getString("bio"),
                  rs.getInt("sort_order")),
              Columns.instant(rs, "created_at"),
              Columns.instant(rs, "updated_at"));

  private final Database database;
  private final OrganizerItems<TeamMemberId, TeamMember> members;

  JdbiTeamMemberRepository(Database database) {
    this.database = database;
    this.members =
        new OrganizerItems<>(
            database, SELECT, "DELETE FROM event.team_members WHERE id = :id", MAPPER);
  }

  @Override
  public void insert(TeamMember member) {
    write(
        """
        INSERT INTO event.team_members
            (id, organizer_id, name, role, photo_url, bio, sort_order, created_at, updated_at)
        VALUES (:id, :organizerId, :name, :role, :photoUrl, :bio, :sortOrder, :createdAt,
            :updatedAt)
        """,
        member);
  }

  @Override
  public void update(TeamMember member) {
    write(
        """
        UPDATE event.team_members
           SET name = :name, role = :role, photo_url = :photoUrl, bio = :bio,
               sort_order = :sortOrder, updated_at = :updatedAt
         WHERE id = :id
        """,
        member);
  }

  @Override
  public boolean delete(TeamMemberId id) {
    return members.delete(id);
  }

  @Override
  public Optional<TeamMember> findById(TeamMemberId id) {
    return members.find(id);
  }

  @Override
  public List<TeamMember> listByOrganizer(OrganizerId organizer) {
    return members.of(organizer);
  }

  private void write(String sql, TeamMember member) {
    TeamMemberDetails details = member.details();
    database.update(
        sql,
        update ->
            OrganizerItems.bindItem(
                    update,
                    member.id(),
                    member.organizerId(),
                    details.sortOrder(),
                    member.createdAt(),
                    member.updatedAt())
                .bind("name", details.name())
                .bind("role", details.role())
                .bind("photoUrl", details.photoUrl())
                .bind("bio", details.bio()));
  }
}
