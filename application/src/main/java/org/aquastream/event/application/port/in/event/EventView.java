package org.aquastream.event.application.port.in.event;

import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
import org.aquastream.event.domain.event.Event;

/** An event as clients see it: the event with its organizer. */
public record EventView(Event event, OrganizerSummary organizer) {}
