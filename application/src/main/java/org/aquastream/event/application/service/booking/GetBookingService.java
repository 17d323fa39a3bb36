package org.aquastream.event.application.service.booking;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.GetBookingUseCase;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** One booking for its owner or an ADMIN; anyone else is told it does not exist. */
public final class GetBookingService implements GetBookingUseCase {
  private final BookingQueries queries;
  private final BookingViews views;

  public GetBookingService(BookingQueries queries, BookingViews views) {
    this.queries = queries;
    this.views = views;
  }

  @Override
  public BookingView get(Actor actor, BookingId bookingId) {
    Permissions.require(actor, Role.USER);
    return queries
        .find(bookingId)
        .filter(found -> BookingAccess.visibleTo(actor).test(found.booking()))
        .map(views::of)
        .orElseThrow(() -> new NotFoundException("booking", bookingId));
  }
}
