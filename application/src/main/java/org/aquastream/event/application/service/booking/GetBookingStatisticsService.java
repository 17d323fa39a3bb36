package org.aquastream.event.application.service.booking;

import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingStatistics;
import org.aquastream.event.application.port.in.booking.GetBookingStatisticsUseCase;
import org.aquastream.event.application.port.out.booking.OrganizerBookingQueries;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;

/** Booking figures of the organizer the actor acts for, or of one of its events. */
public final class GetBookingStatisticsService implements GetBookingStatisticsUseCase {
  private final OrganizerBookingScopes scopes;
  private final OrganizerBookingQueries queries;

  public GetBookingStatisticsService(
      OrganizerAccess access, EventRepository events, OrganizerBookingQueries queries) {
    this.scopes = new OrganizerBookingScopes(access, events);
    this.queries = queries;
  }

  @Override
  public BookingStatistics get(
      Actor actor, Optional<OrganizerId> organizerId, Optional<EventId> eventId) {
    return queries.statistics(scopes.resolve(actor, organizerId, eventId));
  }
}
