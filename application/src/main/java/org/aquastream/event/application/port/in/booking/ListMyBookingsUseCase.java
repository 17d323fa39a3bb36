package org.aquastream.event.application.port.in.booking;

import java.util.Optional;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** A user lists their own bookings, newest first. */
public interface ListMyBookingsUseCase {
  Page<BookingView> list(Actor actor, Optional<BookingStatus> status, PageRequest page);
}
