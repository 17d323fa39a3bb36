package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.AlreadyBooked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.Booked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotFound;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotOpen;
import org.aquastream.event.application.port.in.booking.BookingOutcome.KeyReused;
import org.aquastream.event.application.port.in.booking.BookingOutcome.ProfileIncomplete;
import org.aquastream.event.application.port.in.booking.BookingOutcome.SoldOut;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.application.service.waitlist.WaitlistSeats;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;

/**
 * Books a seat. A user notified by the waitlist takes the seat held for them; anyone else takes a
 * free seat by one conditional decrement, so a held seat is never theirs. Either happens in the
 * same transaction as the booking row, its audit row and its outbox messages, so capacity holds
 * under any concurrency. A paid booking's payment is opened after the commit.
 */
public final class CreateBookingService implements CreateBookingUseCase {
  private static final System.Logger LOG = System.getLogger(CreateBookingService.class.getName());

  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final BookingRepository bookings;
  private final BookingLog bookingLog;
  private final IdempotencyKeys idempotencyKeys;
  private final WaitlistSeats waitlistSeats;
  private final ProfileRequirement profiles;
  private final BookingFollowUps followUps;
  private final PaymentStart paymentStart;
  private final BookingViews views;
  private final BookingPolicy policy;
  private final BusinessMetrics metrics;
  private final Clock clock;

  public CreateBookingService(
      UnitOfWork unitOfWork,
      EventRepository events,
      BookingRepository bookings,
      BookingLog bookingLog,
      IdempotencyKeys idempotencyKeys,
      WaitlistSeats waitlistSeats,
      ProfileRequirement profiles,
      BookingFollowUps followUps,
      PaymentStart paymentStart,
      BookingViews views,
      BookingPolicy policy,
      BusinessMetrics metrics,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.bookings = bookings;
    this.bookingLog = bookingLog;
    this.idempotencyKeys = idempotencyKeys;
    this.waitlistSeats = waitlistSeats;
    this.profiles = profiles;
    this.followUps = followUps;
    this.paymentStart = paymentStart;
    this.views = views;
    this.policy = policy;
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
        command.idempotencyKey().flatMap(key -> earlierAnswer(command, user, key));
    if (earlier.isPresent()) {
      return withPayment(earlier.get());
    }
    Optional<Event> found =
        events.findById(command.eventId()).filter(e -> e.status() != EventStatus.DRAFT);
    if (found.isEmpty()) {
      return new EventNotFound(command.eventId());
    }
    Event event = found.get();
    Optional<String> closed = event.whyClosedForBooking(clock.now());
    if (closed.isPresent()) {
      return new EventNotOpen(event.id(), closed.get());
    }
    // A remote call: made before the transaction so no connection waits on it.
    if (!profiles.isMetBy(user)) {
      return new ProfileIncomplete();
    }
    BookingOutcome outcome =
        unitOfWork.inTransaction(() -> reserve(command, event, user), BookingOutcome::tookSeat);
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

  /** The answer a key already earned, if any; looking does not claim the key. */
  private Optional<BookingOutcome> earlierAnswer(Command command, UserId user, String key) {
    return answerTo(idempotencyKeys.peek(user, key, fingerprint(command)), key);
  }

  /** Replay or refusal for a known key; empty when the key is fresh and booking may go ahead. */
  private Optional<BookingOutcome> answerTo(IdempotencyKeys.Claim claim, String key) {
    return switch (claim) {
      case IdempotencyKeys.Claim.Replay replay -> Optional.of(replayOf(replay.booking()));
      case IdempotencyKeys.Claim.Mismatch mismatch -> Optional.of(new KeyReused(key));
      case IdempotencyKeys.Claim.Fresh fresh -> Optional.empty();
    };
  }

  private BookingOutcome reserve(Command command, Event event, UserId user) {
    Optional<String> key = command.idempotencyKey();
    if (key.isPresent()) {
      Optional<BookingOutcome> earlier =
          answerTo(idempotencyKeys.claim(user, key.get(), fingerprint(command)), key.get());
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    Optional<Booking> active = bookings.findActive(event.id(), user);
    if (active.isPresent()) {
      return new AlreadyBooked(active.get().id());
    }
    Instant now = clock.now();
    boolean heldForUser = waitlistSeats.takeHeldSeat(event.id(), user, now);
    if (!heldForUser && !events.takeSeat(event.id())) {
      return new SoldOut(event.id());
    }
    // Read again now that taking the seat holds the event row: the event may have been cancelled
    // (or otherwise closed) since the first read, and a booking must never outlive that.
    Event current = events.findById(event.id()).orElse(event);
    Optional<String> closed = current.whyClosedForBooking(now);
    if (closed.isPresent()) {
      return new EventNotOpen(current.id(), closed.get());
    }
    Booking booking = Booking.create(BookingId.newId(), current, user, user, now, policy.ttl());
    if (!bookings.insertIfNoActive(booking)) {
      // A concurrent request of the same user won; this transaction rolls back its seat.
      return bookings
          .findActive(event.id(), user)
          .<BookingOutcome>map(existing -> new AlreadyBooked(existing.id()))
          .orElse(new SoldOut(event.id()));
    }
    bookingLog.append(BookingLogEntry.created(booking, Optional.of(user)));
    followUps.created(booking, current);
    if (!heldForUser) {
      waitlistSeats.leaveQueueAfterBooking(event.id(), user, now);
    }
    key.ifPresent(k -> idempotencyKeys.complete(user, k, booking.id()));
    return new Booked(views.of(booking, EventSummary.of(current)), false);
  }

  private BookingOutcome replayOf(BookingId id) {
    Booking earlier =
        bookings
            .findById(id)
            .orElseThrow(() -> new IllegalStateException("idempotency key names missing " + id));
    Event event =
        events
            .findById(earlier.eventId())
            .orElseThrow(() -> new IllegalStateException("booking names missing event " + id));
    return new Booked(views.of(earlier, EventSummary.of(event)), true);
  }

  private static String fingerprint(Command command) {
    return "POST /bookings eventId=" + command.eventId();
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
          LOG.log(Level.WARNING, "Event capacity exceeded: eventId={0}, available=0", event.id());
      default -> {
        // other outcomes are answered to the client and need no log line
      }
    }
  }
}
