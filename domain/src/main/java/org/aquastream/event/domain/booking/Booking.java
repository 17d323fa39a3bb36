package org.aquastream.event.domain.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;

/**
 * One user's claim on seats of one event, for a party of one or more, from PENDING through to a
 * final status. Its amount is the price of its seats.
 */
public final class Booking {
  private final BookingId id;
  private final EventId eventId;
  private final UserId userId;
  private final int seats;
  private final BookingStatus status;
  private final Money amount;
  private final PaymentStatus paymentStatus;
  private final UUID paymentId;
  private final String paymentUrl;
  private final Instant expiresAt;
  private final String cancelReason;
  private final UserId createdBy;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Booking(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.eventId = Objects.requireNonNull(b.eventId, "eventId");
    this.userId = Objects.requireNonNull(b.userId, "userId");
    this.seats = b.seats;
    this.status = Objects.requireNonNull(b.status, "status");
    this.amount = Objects.requireNonNull(b.amount, "amount");
    this.paymentStatus = Objects.requireNonNull(b.paymentStatus, "paymentStatus");
    this.paymentId = b.paymentId;
    this.paymentUrl = b.paymentUrl;
    this.expiresAt = b.expiresAt;
    this.cancelReason = b.cancelReason;
    this.createdBy = Objects.requireNonNull(b.createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(b.updatedAt, "updatedAt");
    if (seats < 1) {
      throw new IllegalStateException("a booking holds at least one seat: " + id);
    }
    if (status == BookingStatus.PENDING && expiresAt == null) {
      throw new IllegalStateException("a PENDING booking needs expiresAt: " + id);
    }
  }

  /**
   * A new PENDING booking of {@code seats} seats of an open event (1 to its {@code
   * maxSeatsPerBooking}). It costs the event's price times its seats and expires after {@code ttl}
   * unless confirmed.
   */
  public static Booking create(
      BookingId id,
      Event event,
      UserId user,
      int seats,
      UserId createdBy,
      Instant now,
      Duration ttl) {
    event
        .whyClosedForBooking(now)
        .ifPresent(
            reason -> {
              throw new InvalidStateException(reason);
            });
    Builder b = new Builder();
    b.id = id;
    b.eventId = event.id();
    b.userId = user;
    b.seats = event.requirePartySize(seats);
    b.status = BookingStatus.PENDING;
    b.amount = event.details().price().money().orElse(Money.zero(event.currency())).times(seats);
    b.paymentStatus =
        event.details().price().requiresPayment()
            ? PaymentStatus.PENDING
            : PaymentStatus.NOT_REQUIRED;
    b.expiresAt = now.plus(ttl);
    b.createdBy = createdBy;
    b.createdAt = now;
    b.updatedAt = now;
    return new Booking(b);
  }

  /** Rebuilds a stored booking; checks structure only. */
  public static Builder restore() {
    return new Builder();
  }

  /**
   * PENDING → CONFIRMED by the booking user: the payment must be settled and the booking must not
   * be past its expiry plus {@code grace}.
   */
  public Booking confirm(Instant now, Duration grace) {
    requireTransition(BookingStatus.CONFIRMED);
    if (isPastDeadline(now, grace)) {
      throw new InvalidStateException("The booking has expired");
    }
    if (!paymentStatus.isSettled()) {
      throw new InvalidStateException(
          "The booking is not paid yet (payment " + paymentStatus + ")");
    }
    return moveTo(BookingStatus.CONFIRMED, now).build();
  }

  /**
   * PENDING → CONFIRMED by the event's organizer, who took the payment outside the service: the
   * payment status and the expiry deadline do not matter, only that the booking is still PENDING.
   */
  public Booking confirmManually(Instant now) {
    requireTransition(BookingStatus.CONFIRMED);
    return moveTo(BookingStatus.CONFIRMED, now).build();
  }

  /** PENDING/CONFIRMED → CANCELLED; a paid booking asks for its refund. */
  public Booking cancel(String reason, Instant now) {
    requireTransition(BookingStatus.CANCELLED);
    Builder b = moveTo(BookingStatus.CANCELLED, now);
    b.cancelReason = Guard.optionalText("reason", reason, 500);
    if (paymentStatus == PaymentStatus.SUCCEEDED) {
      b.paymentStatus = PaymentStatus.REFUND_PENDING;
    }
    return b.build();
  }

  /**
   * Lowers the seats of an active booking to {@code newSeats}, never up and never below one; equal
   * seats change nothing. The amount becomes the price of the seats kept: for a PENDING booking
   * what it will cost, for a CONFIRMED one what stays paid ({@link #refundOfLoweringFrom} is the
   * rest). A PENDING booking that must be paid keeps its seats: its payment is opened for its
   * amount as it was booked, and the Payment Service cannot change that.
   *
   * @throws InvalidValueException naming {@code seats} for 0, a negative number or a raise
   * @throws InvalidStateException for a booking that holds no seats or waits for its payment
   */
  public Booking lowerSeats(int newSeats, Instant now) {
    if (newSeats < 1 || newSeats > seats) {
      throw new InvalidValueException(
          "seats", "seats can only be lowered: from 1 to the " + seats + " this booking holds");
    }
    if (!status.holdsSeat()) {
      throw new InvalidStateException("A " + status + " booking holds no seats");
    }
    if (newSeats == seats) {
      return this;
    }
    if (status == BookingStatus.PENDING && paymentStatus != PaymentStatus.NOT_REQUIRED) {
      throw new InvalidStateException(
          "The payment of this booking is open for its "
              + seats
              + " seats: pay it, then lower them (the difference is refunded), or cancel");
    }
    Builder b = toBuilder();
    b.seats = newSeats;
    b.amount = amount.share(seats).times(newSeats);
    b.updatedAt = now;
    return b.build();
  }

  /**
   * What lowering the seats of {@code before} to this booking gives back: the price of the seats
   * let go, when they were paid through the Payment Service; empty otherwise (free, or paid
   * outside).
   */
  public Optional<Money> refundOfLoweringFrom(Booking before) {
    boolean lowered = id.equals(before.id) && seats < before.seats;
    if (!lowered || paymentStatus != PaymentStatus.SUCCEEDED) {
      return Optional.empty();
    }
    return Optional.of(before.amount.minus(amount));
  }

  /** PENDING → EXPIRED once its time ran out. */
  public Booking expire(Instant now) {
    requireTransition(BookingStatus.EXPIRED);
    return moveTo(BookingStatus.EXPIRED, now).build();
  }

  /** CONFIRMED → COMPLETED when the event is over. */
  public Booking complete(Instant now) {
    requireTransition(BookingStatus.COMPLETED);
    return moveTo(BookingStatus.COMPLETED, now).build();
  }

  /** CONFIRMED → NO_SHOW when the participant did not come. */
  public Booking markNoShow(Instant now) {
    requireTransition(BookingStatus.NO_SHOW);
    return moveTo(BookingStatus.NO_SHOW, now).build();
  }

  /**
   * CONFIRMED → NO_SHOW for a participant who did not come; only once {@code event} has started,
   * since before that nobody can have missed it.
   */
  public Booking markNoShow(Event event, Instant now) {
    requireTransition(BookingStatus.NO_SHOW);
    if (!event.details().schedule().hasStarted(now)) {
      throw new InvalidStateException("A no-show can be recorded only once the event has started");
    }
    return markNoShow(now);
  }

  /**
   * Attaches the payment the Payment Service opened for this booking; only a PENDING booking that
   * waits for one ({@link #awaitsPaymentStart()}) takes it.
   */
  public Booking attachPayment(UUID newPaymentId, String newPaymentUrl, Instant now) {
    Objects.requireNonNull(newPaymentId, "paymentId");
    if (!awaitsPaymentStart()) {
      throw new InvalidStateException("The booking does not wait for a payment");
    }
    Builder b = toBuilder();
    b.paymentId = newPaymentId;
    b.paymentUrl = newPaymentUrl;
    b.updatedAt = now;
    return b.build();
  }

  /** True for a PENDING booking that must be paid and has no payment opened yet. */
  public boolean awaitsPaymentStart() {
    return status == BookingStatus.PENDING
        && paymentStatus != PaymentStatus.NOT_REQUIRED
        && paymentId == null;
  }

  /**
   * What a status the Payment Service reports for this booking's payment does to it. SUCCEEDED
   * confirms a PENDING booking within its expiry plus {@code grace}; one that comes later, or for a
   * booking already EXPIRED or CANCELLED, never brings the booking back: it expires (if still
   * PENDING) and its money is to be refunded ({@link PaymentReport.Verdict#TOO_LATE}). REJECTED and
   * CANCELED are recorded and leave the booking PENDING; REFUNDED settles a requested refund. A
   * report that changes nothing (a replay) is {@link PaymentReport.Verdict#UNCHANGED}.
   *
   * @throws InvalidStateException when the report contradicts what is known (a failure after the
   *     payment succeeded, a refund nobody asked for, a payment for a free booking)
   */
  public PaymentReport reportPayment(PaymentStatus reported, Instant now, Duration grace) {
    if (paymentStatus == PaymentStatus.NOT_REQUIRED) {
      throw new InvalidStateException("The booking needs no payment");
    }
    return switch (reported) {
      case SUCCEEDED -> paymentSucceeded(now, grace);
      case REJECTED, CANCELED -> paymentFailed(reported, now);
      case PENDING, SUBMITTED -> paymentInProgress(reported, now);
      case REFUNDED -> paymentRefunded(now);
      case NOT_REQUIRED, REFUND_PENDING ->
          throw new IllegalArgumentException("not a status a payment reports: " + reported);
    };
  }

  private PaymentReport paymentSucceeded(Instant now, Duration grace) {
    if (paymentStatus == PaymentStatus.REFUND_PENDING || paymentStatus == PaymentStatus.REFUNDED) {
      return PaymentReport.tooLateAgain(this);
    }
    return switch (status) {
      case PENDING -> {
        if (isPastDeadline(now, grace)) {
          Builder b = moveTo(BookingStatus.EXPIRED, now);
          b.paymentStatus = PaymentStatus.REFUND_PENDING;
          yield PaymentReport.tooLate(b.build());
        }
        Builder b = moveTo(BookingStatus.CONFIRMED, now);
        b.paymentStatus = PaymentStatus.SUCCEEDED;
        yield PaymentReport.applied(b.build());
      }
      case EXPIRED, CANCELLED ->
          PaymentReport.tooLate(withPaymentStatus(PaymentStatus.REFUND_PENDING, now));
      case CONFIRMED, COMPLETED, NO_SHOW ->
          paymentStatus == PaymentStatus.SUCCEEDED
              ? PaymentReport.unchanged(this)
              // Confirmed by the organizer before the payment arrived: the payment is recorded.
              : PaymentReport.applied(withPaymentStatus(PaymentStatus.SUCCEEDED, now));
    };
  }

  private PaymentReport paymentFailed(PaymentStatus failure, Instant now) {
    if (paymentStatus == failure) {
      return PaymentReport.unchanged(this);
    }
    if (paymentStatus == PaymentStatus.SUCCEEDED
        || paymentStatus == PaymentStatus.REFUND_PENDING
        || paymentStatus == PaymentStatus.REFUNDED) {
      throw new InvalidStateException("The payment already succeeded (" + paymentStatus + ")");
    }
    return PaymentReport.applied(withPaymentStatus(failure, now));
  }

  private PaymentReport paymentInProgress(PaymentStatus progress, Instant now) {
    boolean open =
        paymentStatus == PaymentStatus.PENDING
            || paymentStatus == PaymentStatus.SUBMITTED
            || paymentStatus == PaymentStatus.REJECTED
            || paymentStatus == PaymentStatus.CANCELED;
    // A stale report never moves a payment backwards (SUBMITTED to PENDING, or past a result).
    boolean backwards =
        progress == PaymentStatus.PENDING && paymentStatus == PaymentStatus.SUBMITTED;
    if (status != BookingStatus.PENDING || !open || paymentStatus == progress || backwards) {
      return PaymentReport.unchanged(this);
    }
    return PaymentReport.applied(withPaymentStatus(progress, now));
  }

  private PaymentReport paymentRefunded(Instant now) {
    return switch (paymentStatus) {
      case REFUNDED -> PaymentReport.unchanged(this);
      case REFUND_PENDING -> PaymentReport.applied(withPaymentStatus(PaymentStatus.REFUNDED, now));
      default -> throw new InvalidStateException("No refund was requested for this booking");
    };
  }

  private Booking withPaymentStatus(PaymentStatus next, Instant now) {
    Builder b = toBuilder();
    b.paymentStatus = next;
    b.updatedAt = now;
    return b.build();
  }

  /** True when a PENDING booking has outlived its expiry plus {@code grace}. */
  public boolean isPastDeadline(Instant now, Duration grace) {
    return status == BookingStatus.PENDING && expiresAt.plus(grace).isBefore(now);
  }

  /**
   * Minutes left before a PENDING booking expires, a started minute counting whole (so it is 0 only
   * once expired); 0 for every other status.
   */
  public long remainingMinutes(Instant now) {
    if (status != BookingStatus.PENDING || !expiresAt.isAfter(now)) {
      return 0;
    }
    return Duration.between(now, expiresAt).plusMinutes(1).minusNanos(1).toMinutes();
  }

  public boolean canConfirm(Instant now, Duration grace) {
    return status == BookingStatus.PENDING
        && paymentStatus.isSettled()
        && !isPastDeadline(now, grace);
  }

  public boolean canCancel() {
    return status.holdsSeat();
  }

  public boolean belongsTo(UserId user) {
    return userId.equals(user);
  }

  private void requireTransition(BookingStatus target) {
    if (!status.canMoveTo(target)) {
      throw new InvalidStateException("A " + status + " booking cannot become " + target);
    }
  }

  private Builder moveTo(BookingStatus target, Instant now) {
    Builder b = toBuilder();
    b.status = target;
    b.updatedAt = now;
    return b;
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.eventId = eventId;
    b.userId = userId;
    b.seats = seats;
    b.status = status;
    b.amount = amount;
    b.paymentStatus = paymentStatus;
    b.paymentId = paymentId;
    b.paymentUrl = paymentUrl;
    b.expiresAt = expiresAt;
    b.cancelReason = cancelReason;
    b.createdBy = createdBy;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    return b;
  }

  public BookingId id() {
    return id;
  }

  public EventId eventId() {
    return eventId;
  }

  public UserId userId() {
    return userId;
  }

  /** How many seats the booking holds (while active) or held: its party. */
  public int seats() {
    return seats;
  }

  public BookingStatus status() {
    return status;
  }

  public Money amount() {
    return amount;
  }

  public PaymentStatus paymentStatus() {
    return paymentStatus;
  }

  public Optional<UUID> paymentId() {
    return Optional.ofNullable(paymentId);
  }

  public Optional<String> paymentUrl() {
    return Optional.ofNullable(paymentUrl);
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<String> cancelReason() {
    return Optional.ofNullable(cancelReason);
  }

  public UserId createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Assembles a stored booking field by field; used by persistence adapters only. */
  public static final class Builder {
    private BookingId id;
    private EventId eventId;
    private UserId userId;
    private int seats;
    private BookingStatus status;
    private Money amount;
    private PaymentStatus paymentStatus;
    private UUID paymentId;
    private String paymentUrl;
    private Instant expiresAt;
    private String cancelReason;
    private UserId createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    private Builder() {}

    public Builder id(BookingId value) {
      id = value;
      return this;
    }

    public Builder eventId(EventId value) {
      eventId = value;
      return this;
    }

    public Builder userId(UserId value) {
      userId = value;
      return this;
    }

    public Builder seats(int value) {
      seats = value;
      return this;
    }

    public Builder status(BookingStatus value) {
      status = value;
      return this;
    }

    public Builder amount(Money value) {
      amount = value;
      return this;
    }

    public Builder paymentStatus(PaymentStatus value) {
      paymentStatus = value;
      return this;
    }

    public Builder paymentId(UUID value) {
      paymentId = value;
      return this;
    }

    public Builder paymentUrl(String value) {
      paymentUrl = value;
      return this;
    }

    public Builder expiresAt(Instant value) {
      expiresAt = value;
      return this;
    }

    public Builder cancelReason(String value) {
      cancelReason = value;
      return this;
    }

    public Builder createdBy(UserId value) {
      createdBy = value;
      return this;
    }

    public Builder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    public Builder updatedAt(Instant value) {
      updatedAt = value;
      return this;
    }

    public Booking build() {
      return new Booking(this);
    }
  }
}
