package org.aquastream.event.application.service.booking;

import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.ListOrganizerBookingsUseCase;
import org.aquastream.event.application.port.out.booking.OrganizerBookingQueries;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** The bookings of the events of the organizer the actor acts for, newest first. */
public final class ListOrganizerBookingsService implements ListOrganizerBookingsUseCase {
  private final OrganizerBookingScopes scopes;
  private final OrganizerBookingQueries queries;
  private final BookingViews views;

  public ListOrganizerBookingsService(
      OrganizerAccess access,
      EventRepository events,
      OrganizerBookingQueries queries,
      BookingViews views) {
    this.scopes = new OrganizerBookingScopes(access, events);
    this.queries = queries;
    this.views = views;
  }

  @Override
  public Page<BookingView> list(
      Actor actor,
      Optional<OrganizerId> organizerId,
      Optional<EventId> eventId,
      Optional<BookingStatus> status,
      PageRequest page) {
    return queries.list(scopes.resolve(actor, organizerId, eventId), status, page).map(views::of);
  }
}
