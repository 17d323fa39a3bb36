package org.aquastream.event.application.port.out.organizer;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberId;

/** Stores the team members of organizers. */
public interface TeamMemberRepository {

  void insert(TeamMember member);

  /** Writes every field of a stored member; a member deleted meanwhile stays deleted. */
  void update(TeamMember member);

  /** Deletes a member; false when there was none. */
  boolean delete(TeamMemberId id);

  Optional<TeamMember> findById(TeamMemberId id);

  /** One organizer's team in {@link TeamMember#ORDER}. */
  List<TeamMember> listByOrganizer(OrganizerId organizer);
}
