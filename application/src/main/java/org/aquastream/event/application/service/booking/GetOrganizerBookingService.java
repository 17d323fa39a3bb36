package org.aquastream.event.application.service.booking;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.GetOrganizerBookingUseCase;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;

/** One booking of an event the actor manages; any other is reported missing. */
public final class GetOrganizerBookingService implements GetOrganizerBookingUseCase {
  private final OrganizerBookingAccess access;
  private final BookingQueries queries;
  private final BookingViews views;

  public GetOrganizerBookingService(
      OrganizerAccess access, EventRepository events, BookingQueries queries, BookingViews views) {
    this.access = new OrganizerBookingAccess(access, events);
    this.queries = queries;
    this.views = views;
  }

  @Override
  public BookingView get(Actor actor, BookingId bookingId) {
    var visible = access.visibleTo(actor);
    return queries
        .find(bookingId)
        .filter(found -> visible.test(found.booking()))
        .map(views::of)
        .orElseThrow(() -> new NotFoundException("booking", bookingId));
  }
}
