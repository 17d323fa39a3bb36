package org.aquastream.event.application.port.in;

import java.time.Instant;

/** One of a user's favorites: the event and when it was marked. */
public record FavoriteView(EventView event, Instant favoritedAt) {}
