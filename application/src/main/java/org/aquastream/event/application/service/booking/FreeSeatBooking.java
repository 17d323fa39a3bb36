package org.aquastream.event.application.service.booking;

import java.time.Instant;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.Booked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotOpen;
import org.aquastream.event.application.port.in.booking.BookingOutcome.SoldOut;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase.Command;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.NewBookings.KeyClaim;
import org.aquastream.event.application.port.out.booking.NewBookings.NewBooking;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.UserId;

/**
 * Free seats for a user outside the event's queue: the booking, its audit row, its outbox messages
 * and its key claim are prepared here and written by {@link SeatBatches}, alone or with other
 * requests. Empty when the batch could not write it (the user already holds a booking, or the key
 * is taken): booking it one at a time tells which.
 */
public final class FreeSeatBooking {
  private final SeatBatches batches;
  private final BookingFollowUps followUps;
  private final BookingViews views;
  private final BookingPolicy policy;
  private final Clock clock;

  public FreeSeatBooking(
      SeatBatches batches,
      BookingFollowUps followUps,
      BookingViews views,
      BookingPolicy policy,
      Clock clock) {
    this.batches = batches;
    this.followUps = followUps;
    this.views = views;
    this.policy = policy;
    this.clock = clock;
  }

  Optional<BookingOutcome> book(Command command, Event event, UserId user) {
    Instant now = clock.now();
    Booking booking =
        Booking.create(BookingId.newId(), event, user, command.seats(), user, now, policy.ttl());
    NewBooking fresh =
        new NewBooking(
            booking,
            BookingLogEntry.created(booking, Optional.of(user)),
            followUps.ofNewBooking(booking, event),
            command
                .idempotencyKey()
                .map(key -> new KeyClaim(user, key, IdempotentAnswers.fingerprint(command))));
    return switch (batches.book(fresh)) {
      case SeatBatches.Answer.Written written ->
          Optional.of(new Booked(views.of(booking, EventSummary.of(event)), false));
      case SeatBatches.Answer.SoldOut soldOut ->
          Optional.of(new SoldOut(event.id(), soldOut.available()));
      case SeatBatches.Answer.Closed closed ->
          Optional.of(new EventNotOpen(event.id(), closed.reason()));
      case SeatBatches.Answer.Unwritten unwritten -> Optional.empty();
    };
  }
}
