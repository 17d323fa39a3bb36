package org.aquastream.event.application.service;

import org.aquastream.event.application.port.in.CreateEventUseCase;
import org.aquastream.event.application.port.in.EventView;
import org.aquastream.event.application.port.in.OrganizerSummary;
import org.aquastream.event.application.port.out.Clock;
import org.aquastream.event.application.port.out.EventRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.Organizer;

/** Drafts a new event for the organizer the actor acts for. */
public final class CreateEventService implements CreateEventUseCase {
  private final OrganizerAccess access;
  private final EventRepository events;
  private final Clock clock;
  private final String currency;

  public CreateEventService(
      OrganizerAccess access, EventRepository events, Clock clock, String currency) {
    this.access = access;
    this.events = events;
    this.clock = clock;
    this.currency = currency;
  }

  @Override
  public EventView create(Command command) {
    Organizer organizer = access.actingOrganizer(command.actor(), command.organizerId());
    Event event =
        Event.create(
            EventId.newId(),
            organizer.id(),
            command.details(),
            command.capacity(),
            currency,
            clock.now());
    events.insert(event);
    return new EventView(event, OrganizerSummary.of(organizer));
  }
}
