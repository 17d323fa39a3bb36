package org.aquastream.event.application.service.event;

import org.aquastream.event.application.port.in.event.CreateEventUseCase;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
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
            command.maxSeatsPerBooking(),
            currency,
            clock.now());
    events.insert(event);
    return new EventView(event, OrganizerSummary.of(organizer));
  }
}
