package org.aquastream.event.application.port.out.event;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** Reads events together with their organizer for display. */
public interface EventQueries {

  Optional<EventView> findView(EventId id);

  /** The catalog, sorted by start date then id. */
  Page<EventView> search(EventSearch search, PageRequest page);

  /**
   * The catalog as a keyset page: up to {@code limit} events strictly after {@code after} (from the
   * start when empty) in the same order as {@link #search}. Needs no count and no offset, so deep
   * pages cost as little as the first.
   */
  List<EventView> searchAfter(EventSearch search, Optional<EventKeyset> after, int limit);

  /** One organizer's events in any status, newest start first. */
  Page<EventView> listByOrganizer(
      OrganizerId organizer, Optional<EventStatus> status, PageRequest page);
}
