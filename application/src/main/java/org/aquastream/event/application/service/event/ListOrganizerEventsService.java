package org.aquastream.event.application.service.event;

import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.event.ListOrganizerEventsUseCase;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** An organizer's own events in every status. */
public final class ListOrganizerEventsService implements ListOrganizerEventsUseCase {
  private final OrganizerAccess access;
  private final EventQueries queries;

  public ListOrganizerEventsService(OrganizerAccess access, EventQueries queries) {
    this.access = access;
    this.queries = queries;
  }

  @Override
  public Page<EventView> list(
      Actor actor,
      Optional<OrganizerId> organizerId,
      Optional<EventStatus> status,
      PageRequest page) {
    var organizer = access.actingOrganizer(actor, organizerId);
    return queries.listByOrganizer(organizer.id(), status, page);
  }
}
