package org.aquastream.event.application.service.event;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.Actor;

/** The events an actor may know of: every one but DRAFTs, which only their organizer sees. */
public final class VisibleEvents {
  private final EventRepository events;
  private final OrganizerAccess access;

  public VisibleEvents(EventRepository events, OrganizerAccess access) {
    this.events = events;
    this.access = access;
  }

  public Event require(Actor actor, EventId id) {
    return events
        .findById(id)
        .filter(event -> event.status() != EventStatus.DRAFT || access.manages(actor, event))
        .orElseThrow(() -> new NotFoundException("event", id));
  }
}
