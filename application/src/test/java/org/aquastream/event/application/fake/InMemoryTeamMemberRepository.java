package org.aquastream.event.application.fake;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberId;

/** Team members in memory, listed in the same order as the SQL one. */
public final class InMemoryTeamMemberRepository implements TeamMemberRepository {
  private final InMemoryDatabase db;

  public InMemoryTeamMemberRepository(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void insert(TeamMember member) {
    db.locked(() -> db.teamMembers.put(member.id(), member));
  }

  @Override
  public void update(TeamMember member) {
    db.locked(() -> db.teamMembers.computeIfPresent(member.id(), (id, old) -> member));
  }

  @Override
  public boolean delete(TeamMemberId id) {
    return db.locked(() -> db.teamMembers.remove(id) != null);
  }

  @Override
  public Optional<TeamMember> findById(TeamMemberId id) {
    return db.locked(() -> Optional.ofNullable(db.teamMembers.get(id)));
  }

  @Override
  public List<TeamMember> listByOrganizer(OrganizerId organizer) {
    return db.locked(
        () ->
            db.teamMembers.values().stream()
                .filter(m -> m.belongsTo(organizer))
                .sorted(TeamMember.ORDER)
                .toList());
  }
}
