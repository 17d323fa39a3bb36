package org.aquastream.event.application.service;

import java.lang.System.Logger.Level;
import java.util.Map;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.BookingView;
import org.aquastream.event.application.port.in.ConfirmBookingUseCase;
import org.aquastream.event.application.port.out.BookingLog;
import org.aquastream.event.application.port.out.BookingQueries;
import org.aquastream.event.application.port.out.BookingRepository;
import org.aquastream.event.application.port.out.Clock;
import org.aquastream.event.application.port.out.UnitOfWork;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** PENDING → CONFIRMED for a free or paid-for booking, before it expires. */
public final class ConfirmBookingService implements ConfirmBookingUseCase {
  private static final System.Logger LOG = System.getLogger(ConfirmBookingService.class.getName());

  private final UnitOfWork unitOfWork;
  private final BookingRepository bookings;
  private final BookingLog bookingLog;
  private final BookingQueries queries;
  private final BookingViews views;
  private final BookingPolicy policy;
  private final Clock clock;

  public ConfirmBookingService(
      UnitOfWork unitOfWork,
      BookingRepository bookings,
      BookingLog bookingLog,
      BookingQueries queries,
      BookingViews views,
      BookingPolicy policy,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.bookings = bookings;
    this.bookingLog = bookingLog;
    this.queries = queries;
    this.views = views;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public BookingView confirm(Actor actor, BookingId bookingId) {
    Permissions.require(actor, Role.USER);
    unitOfWork.inTransaction(
        () -> {
          Booking booking =
              bookings
                  .lockById(bookingId)
                  .filter(BookingAccess.visibleTo(actor))
                  .orElseThrow(() -> new NotFoundException("booking", bookingId));
          Booking confirmed = booking.confirm(clock.now(), policy.gracePeriod());
          bookings.update(confirmed);
          bookingLog.append(BookingLogEntry.change(booking, confirmed, actor.user(), Map.of()));
          return confirmed;
        });
    LOG.log(Level.INFO, "Booking confirmed: id={0}", bookingId);
    return queries
        .find(bookingId)
        .map(views::of)
        .orElseThrow(() -> new NotFoundException("booking", bookingId));
  }
}
