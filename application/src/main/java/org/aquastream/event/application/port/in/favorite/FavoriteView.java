package org.aquastream.event.application.port.in.favorite;

import java.time.Instant;
import org.aquastream.event.application.port.in.event.EventView;

/** One of a user's favorites: the event and when it was marked. */
public record FavoriteView(EventView event, Instant favoritedAt) {}
