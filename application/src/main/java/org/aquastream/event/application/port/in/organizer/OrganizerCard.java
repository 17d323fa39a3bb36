package org.aquastream.event.application.port.in.organizer;

import org.aquastream.event.domain.organizer.Organizer;

/** An organizer in the public directory, with the number of its published events. */
public record OrganizerCard(Organizer organizer, long eventCount) {}
