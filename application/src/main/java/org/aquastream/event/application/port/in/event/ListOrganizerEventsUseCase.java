package org.aquastream.event.application.port.in.event;

import java.util.Optional;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** An organizer lists its own events in every status. */
public interface ListOrganizerEventsUseCase {

  /** {@code organizerId} lets an ADMIN look at any organizer; others see their own. */
  Page<EventView> list(
      Actor actor,
      Optional<OrganizerId> organizerId,
      Optional<EventStatus> status,
      PageRequest page);
}
