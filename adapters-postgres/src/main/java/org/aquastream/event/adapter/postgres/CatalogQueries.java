package org.aquastream.event.adapter.postgres;

import java.util.Objects;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.application.port.out.organizer.OrganizerQueries;

/**
 * The read-only query ports behind the public catalog, event detail and organizer directory: the
 * ones a streaming replica may answer ({@code new
 * PostgresPersistence(replicaPool).catalogQueries()}). Nothing here writes, locks or runs in a
 * transaction.
 */
public record CatalogQueries(EventQueries events, OrganizerQueries organizers) {
  public CatalogQueries {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(organizers, "organizers");
  }

  /**
   * These queries (the primary's) answered by {@code replica}'s while {@code monitor} finds the
   * replica usable, and by these when it is not or when a read on it fails.
   */
  public CatalogQueries preferring(CatalogQueries replica, ReplicaMonitor monitor) {
    return new CatalogQueries(
        new RoutedEventQueries(new ReplicaRoute<>(events, replica.events(), monitor)),
        new RoutedOrganizerQueries(new ReplicaRoute<>(organizers, replica.organizers(), monitor)));
  }
}
