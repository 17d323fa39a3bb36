package org.aquastream.event.application.service;

import org.aquastream.event.application.port.in.BookingView;
import org.aquastream.event.application.port.in.EventSummary;
import org.aquastream.event.application.port.out.BookingWithEvent;
import org.aquastream.event.application.port.out.Clock;
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
