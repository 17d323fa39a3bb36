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
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;

/** One user's claim on one seat of one event, from PENDING through to a final status. */
public final class Booking {
  private final BookingId id;
  private final EventId eventId;
  private final UserId userId;
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
    if (status == BookingStatus.PENDING && expiresAt == null) {
      throw new IllegalStateException("a PENDING booking needs expiresAt: " + id);
    }
  }

  /**
   * A new PENDING booking of an open event. It costs the event's price and expires after {@code
   * ttl} unless confirmed.
   */
  public static Booking create(
      BookingId id, Event event, UserId user, UserId createdBy, Instant now, Duration ttl) {
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
    b.status = BookingStatus.PENDING;
    b.amount = event.details().price().money().orElse(Money.zero(event.currency()));
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
