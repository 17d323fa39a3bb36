package org.aquastream.event.application.port.in.organizer;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.shared.Actor;

/** An organizer's team, in {@link TeamMember#ORDER}. */
public interface ListTeamUseCase {

  /**
   * The public team of the organizer with {@code slug}.
   *
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown slug
   */
  List<TeamMember> ofOrganizer(Slug slug);

  /** The team of the organizer the actor acts for ({@code organizerId}: an ADMIN's choice). */
  List<TeamMember> own(Actor actor, Optional<OrganizerId> organizerId);
}
