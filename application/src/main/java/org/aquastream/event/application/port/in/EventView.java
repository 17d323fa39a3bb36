package org.aquastream.event.application.port.in;

import org.aquastream.event.domain.event.Event;

/** An event as clients see it: the event with its organizer. */
public record EventView(Event event, OrganizerSummary organizer) {}
