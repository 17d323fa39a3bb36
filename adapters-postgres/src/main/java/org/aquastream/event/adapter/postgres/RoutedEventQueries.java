package org.aquastream.event.adapter.postgres;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** {@link EventQueries} answered by the replica while it is usable, else by the primary. */
final class RoutedEventQueries implements EventQueries {
  private final ReplicaRoute<EventQueries> route;

  RoutedEventQueries(ReplicaRoute<EventQueries> route) {
    this.route = route;
  }

  @Override
  public Optional<EventView> findView(EventId id) {
    return route.read(queries -> queries.findView(id));
  }

  @Override
  public Page<EventView> search(EventSearch search, PageRequest page) {
    return route.read(queries -> queries.search(search, page));
  }

  @Override
  public List<EventView> searchAfter(EventSearch search, Optional<EventKeyset> after, int limit) {
    return route.read(queries -> queries.searchAfter(search, after, limit));
  }

  @Override
  public Page<EventView> listByOrganizer(
      OrganizerId organizer, Optional<EventStatus> status, PageRequest page) {
    return route.read(queries -> queries.listByOrganizer(organizer, status, page));
  }
}
