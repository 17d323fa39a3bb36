package org.aquastream.event.application.service.booking;

import java.time.Instant;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.AlreadyBooked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.Booked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotOpen;
import org.aquastream.event.application.port.in.booking.BookingOutcome.SoldOut;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase.Command;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.waitlist.WaitlistSeats;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * Books one request at a time: the way for a user who waits in the event's queue (a NOTIFIED user
 * takes the seats held for their party, or fewer, a WAITING one leaves the queue), and for a
 * request a batch could not write (its user already holds a booking, its key was taken), which this
 * path answers one by one. Like a batch it writes the booking before it takes the event row; then
 * the seats, all of them or none, the waitlist entry and the rest. Slower than {@link SeatBatches},
 * and rare.
 */
public final class SerialBooking {
  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final BookingRepository bookings;
  private final BookingLog bookingLog;
  private final IdempotencyKeys idempotencyKeys;
  private final WaitlistSeats waitlistSeats;
  private final BookingFollowUps followUps;
  private final BookingViews views;
  private final BookingPolicy policy;
  private final IdempotentAnswers answers;
  private final Clock clock;

  public SerialBooking(
      UnitOfWork unitOfWork,
      EventRepository events,
      BookingRepository bookings,
      BookingLog bookingLog,
      IdempotencyKeys idempotencyKeys,
      WaitlistSeats waitlistSeats,
      BookingFollowUps followUps,
      BookingViews views,
      BookingPolicy policy,
      IdempotentAnswers answers,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.bookings = bookings;
    this.bookingLog = bookingLog;
    this.idempotencyKeys = idempotencyKeys;
    this.waitlistSeats = waitlistSeats;
    this.followUps = followUps;
    this.views = views;
    this.policy = policy;
    this.answers = answers;
    this.clock = clock;
  }

  /** Books {@code event} for {@code user} in one transaction; commits only a taken seat. */
  BookingOutcome book(Command command, Event event, UserId user) {
    return unitOfWork.inTransaction(() -> reserve(command, event, user), BookingOutcome::tookSeat);
  }

  private BookingOutcome reserve(Command command, Event event, UserId user) {
    Optional<String> key = command.idempotencyKey();
    if (key.isPresent()) {
      Optional<BookingOutcome> earlier =
          answers.answerTo(
              idempotencyKeys.claim(user, key.get(), IdempotentAnswers.fingerprint(command)),
              key.get());
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    Optional<Booking> active = bookings.findActive(event.id(), user);
    if (active.isPresent()) {
      return new AlreadyBooked(active.get().id());
    }
    Instant now = clock.now();
    // The booking row first, the seats last (docs/adr/0026): a batch booking the same user at the
    // same moment is waited for here, before this transaction holds the event row it needs.
    int seats = command.seats();
    Booking booking =
        Booking.create(BookingId.newId(), event, user, seats, user, now, policy.ttl());
    if (!bookings.insertIfNoActive(booking)) {
      // A concurrent request of the same user won.
      return bookings
          .findActive(event.id(), user)
          .<BookingOutcome>map(existing -> new AlreadyBooked(existing.id()))
          .orElseGet(() -> soldOut(event));
    }
    // A party the waitlist holds seats for books them, or fewer; never more than it waited for.
    Optional<WaitlistEntry> held = waitlistSeats.lockHeld(event.id(), user, now);
    if (held.isPresent()) {
      if (held.get().seats() < seats) {
        return new SoldOut(event.id(), held.get().seats());
      }
      waitlistSeats.takeHeld(held.get(), seats, now);
    } else if (!events.takeSeats(event.id(), seats)) {
      return soldOut(event);
    }
    // Read again now that taking the seats holds the event row: the event may have been cancelled
    // (or otherwise closed) since the first read, and a booking must never outlive that.
    Event current = events.findById(event.id()).orElse(event);
    Optional<String> closed = current.whyClosedForBooking(now);
    if (closed.isPresent()) {
      return new EventNotOpen(current.id(), closed.get());
    }
    bookingLog.append(BookingLogEntry.created(booking, Optional.of(user)));
    followUps.created(booking, current);
    if (held.isEmpty()) {
      waitlistSeats.leaveQueueAfterBooking(event.id(), user, now);
    }
    key.ifPresent(k -> idempotencyKeys.complete(user, k, booking.id()));
    return new Booked(views.of(booking, EventSummary.of(current)), false);
  }

  /** Refused for want of seats: with the seats free now, which the party did not fit. */
  private SoldOut soldOut(Event event) {
    return new SoldOut(event.id(), events.findById(event.id()).map(Event::available).orElse(0));
  }
}
