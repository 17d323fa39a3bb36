package org.aquastream.event.application.service;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.out.EventRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.Actor;

/** The events an actor may know of: every one but DRAFTs, which only their organizer sees. */
final class VisibleEvents {
  private final EventRepository events;
  private final OrganizerAccess access;

  VisibleEvents(EventRepository events, OrganizerAccess access) {
    this.events = events;
    this.access = access;
  }

  Event require(Actor actor, EventId id) {
    return events
        .findById(id)
        .filter(event -> event.status() != EventStatus.DRAFT || access.manages(actor, event))
        .orElseThrow(() -> new NotFoundException("event", id));
  }
}
