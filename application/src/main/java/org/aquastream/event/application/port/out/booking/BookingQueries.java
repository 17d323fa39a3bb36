package org.aquastream.event.application.port.out.booking;

import java.util.Optional;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;

/** Reads bookings together with their event for display. */
public interface BookingQueries {

  Optional<BookingWithEvent> find(BookingId id);

  /** A user's bookings, newest first. */
  Page<BookingWithEvent> listByUser(UserId user, Optional<BookingStatus> status, PageRequest page);
}
