package org.aquastream.event.application.port.in.favorite;

import org.aquastream.event.domain.event.EventId;

/** Whether the asking user has marked the event as a favorite. */
public record FavoriteStatus(EventId eventId, boolean favorited) {}
