package org.aquastream.event.application.service;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.BookingView;
import org.aquastream.event.application.port.in.CancelBookingUseCase;
import org.aquastream.event.application.port.out.BookingLog;
import org.aquastream.event.application.port.out.BookingQueries;
import org.aquastream.event.application.port.out.BookingRepository;
import org.aquastream.event.application.port.out.Clock;
import org.aquastream.event.application.port.out.EventRepository;
import org.aquastream.event.application.port.out.UnitOfWork;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** Cancels an active booking and gives its seat back in the same transaction. */
public final class CancelBookingService implements CancelBookingUseCase {
  private static final System.Logger LOG = System.getLogger(CancelBookingService.class.getName());

  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final BookingRepository bookings;
  private final BookingLog bookingLog;
  private final BookingQueries queries;
  private final BookingViews views;
  private final SeatRelease seatRelease;
  private final Clock clock;

  public CancelBookingService(
      UnitOfWork unitOfWork,
      EventRepository events,
      BookingRepository bookings,
      BookingLog bookingLog,
      BookingQueries queries,
      BookingViews views,
      SeatRelease seatRelease,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.bookings = bookings;
    this.bookingLog = bookingLog;
    this.queries = queries;
    this.views = views;
    this.seatRelease = seatRelease;
    this.clock = clock;
  }

  @Override
  public BookingView cancel(Actor actor, BookingId bookingId, Optional<String> reason) {
    Permissions.require(actor, Role.USER);
    unitOfWork.inTransaction(
        () -> {
          Booking visible =
              bookings
                  .findById(bookingId)
                  .filter(BookingAccess.visibleTo(actor))
                  .orElseThrow(() -> new NotFoundException("booking", bookingId));
          events.lockById(visible.eventId());
          Booking booking = bookings.lockById(bookingId).orElseThrow();
          Booking cancelled = booking.cancel(reason.orElse(null), clock.now());
          bookings.update(cancelled);
          bookingLog.append(
              BookingLogEntry.change(
                  booking,
                  cancelled,
                  actor.user(),
                  cancelled.cancelReason().map(r -> Map.of("reason", r)).orElse(Map.of())));
          seatRelease.release(cancelled.eventId());
          return cancelled;
        });
    LOG.log(Level.INFO, "Booking cancelled: id={0}", bookingId);
    return queries
        .find(bookingId)
        .map(views::of)
        .orElseThrow(() -> new NotFoundException("booking", bookingId));
  }
}
