package org.aquastream.event.application.service.event;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.event.GetEventUseCase;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.Actor;

/** Reads one event; a DRAFT stays hidden from everyone but its organizer and ADMINs. */
public final class GetEventService implements GetEventUseCase {
  private final EventQueries queries;
  private final OrganizerAccess access;

  public GetEventService(EventQueries queries, OrganizerAccess access) {
    this.queries = queries;
    this.access = access;
  }

  @Override
  public EventView get(Actor actor, EventId eventId) {
    return queries
        .findView(eventId)
        .filter(
            view ->
                view.event().status() != EventStatus.DRAFT || access.manages(actor, view.event()))
        .orElseThrow(() -> new NotFoundException("event", eventId));
  }
}
