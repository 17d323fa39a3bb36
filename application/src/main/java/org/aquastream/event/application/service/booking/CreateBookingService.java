package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.Booked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotFound;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotOpen;
import org.aquastream.event.application.port.in.booking.BookingOutcome.ProfileIncomplete;
import org.aquastream.event.application.port.in.booking.BookingOutcome.SoldOut;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;

/**
 * Books seats: one, or a party's. The checks that need no lock come first (key already used, event
 * open, party not larger than the event allows, profile complete); then the request takes its free
 * seats, all or none, through {@link FreeSeatBooking}, together with the requests already waiting,
 * and what a batch does not write (a user in the event's queue, who may hold seats; a user already
 * booked; a key already used) books through {@link SerialBooking}. Both write the booking, its
 * audit row and its outbox messages in the transaction that takes the seats, so capacity holds
 * under any concurrency. A paid booking's payment is opened after the commit.
 */
public final class CreateBookingService implements CreateBookingUseCase {
  private static final System.Logger LOG = System.getLogger(CreateBookingService.class.getName());

  private final NewBookings newBookings;
  private final IdempotencyKeys idempotencyKeys;
  private final IdempotentAnswers answers;
  private final FreeSeatBooking freeSeat;
  private final SerialBooking serial;
  private final ProfileRequirement profiles;
  private final PaymentStart paymentStart;
  private final BusinessMetrics metrics;
  private final Clock clock;

  public CreateBookingService(
      NewBookings newBookings,
      IdempotencyKeys idempotencyKeys,
      IdempotentAnswers answers,
      FreeSeatBooking freeSeat,
      SerialBooking serial,
      ProfileRequirement profiles,
      PaymentStart paymentStart,
      BusinessMetrics metrics,
      Clock clock) {
    this.newBookings = newBookings;
    this.idempotencyKeys = idempotencyKeys;
    this.answers = answers;
    this.freeSeat = freeSeat;
    this.serial = serial;
    this.profiles = profiles;
    this.paymentStart = paymentStart;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public BookingOutcome book(Command command) {
    Permissions.require(command.actor(), Role.USER);
    UserId user = command.actor().userId();
    // A retry is answered as the first request was, whatever changed since (event started, sold
    // out, user service down); a reused key is refused before anything else is looked at.
    Optional<BookingOutcome> earlier =
        command
            .idempotencyKey()
            .flatMap(
                key ->
                    answers.answerTo(
                        idempotencyKeys.peek(user, key, IdempotentAnswers.fingerprint(command)),
                        key));
    if (earlier.isPresent()) {
      return withPayment(earlier.get());
    }
    Optional<Event> found =
        newBookings.event(command.eventId()).filter(e -> e.status() != EventStatus.DRAFT);
    if (found.isEmpty()) {
      return new EventNotFound(command.eventId());
    }
    Event event = found.get();
    Optional<String> closed = event.whyClosedForBooking(clock.now());
    if (closed.isPresent()) {
      return new EventNotOpen(event.id(), closed.get());
    }
    // Against the event as read, which may be a second old (docs/adr/0026): a limit changed within
    // that second applies from the next read on; the seat decrement guards the capacity itself.
    event.requirePartySize(command.seats());
    // A remote call: made before any transaction so no connection waits on it.
    if (!profiles.isMetBy(user)) {
      return new ProfileIncomplete();
    }
    // A user in the event's queue, or one a batch could not write, books one at a time.
    BookingOutcome outcome =
        freeSeat.book(command, event, user).orElseGet(() -> serial.book(command, event, user));
    logOutcome(outcome, event);
    if (outcome instanceof Booked booked && !booked.replayed()) {
      metrics.record(BusinessEvent.BOOKING_CREATED);
    }
    return withPayment(outcome);
  }

  /**
   * A paid booking (new, or a replay whose payment is still missing) gets its payment opened now,
   * after the commit; a failure leaves it PENDING without a payment page and the outbox retries.
   */
  private BookingOutcome withPayment(BookingOutcome outcome) {
    if (outcome instanceof Booked booked && booked.booking().booking().awaitsPaymentStart()) {
      return new Booked(
          paymentStart.startFor(booked.booking(), !booked.replayed()), booked.replayed());
    }
    return outcome;
  }

  private static void logOutcome(BookingOutcome outcome, Event event) {
    switch (outcome) {
      case Booked booked when !booked.replayed() -> {
        Booking booking = booked.booking().booking();
        LOG.log(
            Level.INFO,
            "Booking created: id={0}, status={1}, expiresAt={2}",
            booking.id(),
            booking.status(),
            booking.expiresAt().map(Instant::toString).orElse("-"));
      }
      case SoldOut soldOut ->
          LOG.log(
              Level.WARNING,
              "Event capacity exceeded: eventId={0}, available={1}",
              event.id(),
              String.valueOf(soldOut.available()));
      default -> {
        // other outcomes are answered to the client and need no log line
      }
    }
  }
}
