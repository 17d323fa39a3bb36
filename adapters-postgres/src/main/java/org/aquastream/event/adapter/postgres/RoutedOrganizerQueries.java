package org.aquastream.event.adapter.postgres;

import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.OrganizerCard;
import org.aquastream.event.application.port.out.organizer.OrganizerQueries;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** {@link OrganizerQueries} answered by the replica while it is usable, else by the primary. */
final class RoutedOrganizerQueries implements OrganizerQueries {
  private final ReplicaRoute<OrganizerQueries> route;

  RoutedOrganizerQueries(ReplicaRoute<OrganizerQueries> route) {
    this.route = route;
  }

  @Override
  public Page<OrganizerCard> search(Optional<String> text, PageRequest page) {
    return route.read(queries -> queries.search(text, page));
  }
}
