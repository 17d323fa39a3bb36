package org.aquastream.event.application.service.booking;

import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.ListMyBookingsUseCase;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.Role;

/** The acting user's own bookings, newest first. */
public final class ListMyBookingsService implements ListMyBookingsUseCase {
  private final BookingQueries queries;
  private final BookingViews views;

  public ListMyBookingsService(BookingQueries queries, BookingViews views) {
    this.queries = queries;
    this.views = views;
  }

  @Override
  public Page<BookingView> list(Actor actor, Optional<BookingStatus> status, PageRequest page) {
    Permissions.require(actor, Role.USER);
    return queries.listByUser(actor.userId(), status, page).map(views::of);
  }
}
