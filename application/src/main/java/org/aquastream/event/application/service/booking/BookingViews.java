package org.aquastream.event.application.service.booking;

import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.booking.Booking;

/** Turns a booking into what its owner sees, with the time-dependent fields worked out now. */
public final class BookingViews {
  private final Clock clock;
  private final BookingPolicy policy;

  public BookingViews(Clock clock, BookingPolicy policy) {
    this.clock = clock;
    this.policy = policy;
  }

  public BookingView of(Booking booking, EventSummary event) {
    var now = clock.now();
    return new BookingView(
        booking,
        event,
        booking.remainingMinutes(now),
        booking.canConfirm(now, policy.gracePeriod()),
        booking.canCancel());
  }

  public BookingView of(BookingWithEvent found) {
    return of(found.booking(), found.event());
  }
}
