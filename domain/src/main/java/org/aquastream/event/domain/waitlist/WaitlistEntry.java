package org.aquastream.event.domain.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.UserId;

/**
 * One user's place, for a party of {@code seats}, in the queue of an event without room for it.
 * Served in join order ({@code priority}), first fit: freed seats go to the earliest WAITING party
 * they fit, which gets exactly its seats held (NOTIFIED) for a notification window, within which
 * its booking takes them (CONFIRMED).
 */
public final class WaitlistEntry {
  private final WaitlistEntryId id;
  private final EventId eventId;
  private final UserId userId;
  private final int seats;
  private final long priority;
  private final WaitlistStatus status;
  private final Instant notifiedAt;
  private final Instant notificationExpiresAt;
  private final Instant createdAt;
  private final Instant updatedAt;

  private WaitlistEntry(
      WaitlistEntryId id,
      EventId eventId,
      UserId userId,
      int seats,
      long priority,
      WaitlistStatus status,
      Instant notifiedAt,
      Instant notificationExpiresAt,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.userId = Objects.requireNonNull(userId, "userId");
    if (seats < 1) {
      throw new IllegalStateException("a waitlist entry waits for at least one seat: " + id);
    }
    this.seats = seats;
    this.priority = priority;
    this.status = Objects.requireNonNull(status, "status");
    this.notifiedAt = notifiedAt;
    this.notificationExpiresAt = notificationExpiresAt;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    if (status == WaitlistStatus.NOTIFIED
        && (notifiedAt == null || notificationExpiresAt == null)) {
      throw new IllegalStateException("a NOTIFIED entry needs its notification window: " + id);
    }
  }

  /**
   * A user joins, for a party of {@code seats} (1 to the event's {@code maxSeatsPerBooking}), the
   * queue of an event that is open for booking but has fewer free seats than that; {@code priority}
   * comes from an ever-growing sequence, so earlier joiners are served first.
   */
  public static WaitlistEntry join(
      WaitlistEntryId id, Event event, UserId user, int seats, long priority, Instant now) {
    event
        .whyClosedForBooking(now)
        .ifPresent(
            reason -> {
              throw new InvalidStateException(reason);
            });
    event.requirePartySize(seats);
    if (event.available() >= seats) {
      throw new InvalidStateException(
          "The event still has "
              + event.available()
              + " free seats; book "
              + (seats == 1 ? "one" : "them")
              + " directly");
    }
    return new WaitlistEntry(
        id, event.id(), user, seats, priority, WaitlistStatus.WAITING, null, null, now, now);
  }

  /** Rebuilds a stored entry; checks structure only. */
  public static WaitlistEntry restore(
      WaitlistEntryId id,
      EventId eventId,
      UserId userId,
      int seats,
      long priority,
      WaitlistStatus status,
      Instant notifiedAt,
      Instant notificationExpiresAt,
      Instant createdAt,
      Instant updatedAt) {
    return new WaitlistEntry(
        id,
        eventId,
        userId,
        seats,
        priority,
        status,
        notifiedAt,
        notificationExpiresAt,
        createdAt,
        updatedAt);
  }

  /** WAITING → NOTIFIED: the party's seats are held for this entry until {@code now + window}. */
  public WaitlistEntry notifyOfSeat(Instant now, Duration window) {
    requireTransition(WaitlistStatus.NOTIFIED);
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the notification window must be positive");
    }
    return new WaitlistEntry(
        id,
        eventId,
        userId,
        seats,
        priority,
        WaitlistStatus.NOTIFIED,
        now,
        now.plus(window),
        createdAt,
        now);
  }

  /** NOTIFIED → CONFIRMED: the user booked the held seats (or fewer) within the window. */
  public WaitlistEntry confirm(Instant now) {
    requireTransition(WaitlistStatus.CONFIRMED);
    if (isWindowPassed(now)) {
      throw new InvalidStateException("The seat held for you was released when its window closed");
    }
    return moveTo(WaitlistStatus.CONFIRMED, now);
  }

  /** NOTIFIED → EXPIRED once the window has passed unused. */
  public WaitlistEntry expire(Instant now) {
    requireTransition(WaitlistStatus.EXPIRED);
    if (!isWindowPassed(now)) {
      throw new InvalidStateException("The notification window is still open");
    }
    return moveTo(WaitlistStatus.EXPIRED, now);
  }

  /** WAITING/NOTIFIED → CANCELLED because the user left the queue (a held seat passes on). */
  public WaitlistEntry leave(Instant now) {
    requireTransition(WaitlistStatus.CANCELLED);
    return moveTo(WaitlistStatus.CANCELLED, now);
  }

  /**
   * WAITING/NOTIFIED → CANCELLED by the system: the event was cancelled or completed, or the user
   * got a seat another way.
   */
  public WaitlistEntry cancel(Instant now) {
    requireTransition(WaitlistStatus.CANCELLED);
    return moveTo(WaitlistStatus.CANCELLED, now);
  }

  /** True for a NOTIFIED entry whose window closed before {@code now}. */
  public boolean isWindowPassed(Instant now) {
    return status == WaitlistStatus.NOTIFIED && notificationExpiresAt.isBefore(now);
  }

  /** True for a NOTIFIED entry that may still take its held seat at {@code now}. */
  public boolean canTakeHeldSeat(Instant now) {
    return status == WaitlistStatus.NOTIFIED && !isWindowPassed(now);
  }

  public boolean holdsSeat() {
    return status.holdsSeat();
  }

  public boolean isQueued() {
    return status.isQueued();
  }

  public boolean belongsTo(UserId user) {
    return userId.equals(user);
  }

  private void requireTransition(WaitlistStatus target) {
    if (!status.canMoveTo(target)) {
      throw new InvalidStateException("A " + status + " waitlist entry cannot become " + target);
    }
  }

  private WaitlistEntry moveTo(WaitlistStatus target, Instant now) {
    return new WaitlistEntry(
        id,
        eventId,
        userId,
        seats,
        priority,
        target,
        notifiedAt,
        notificationExpiresAt,
        createdAt,
        now);
  }

  public WaitlistEntryId id() {
    return id;
  }

  public EventId eventId() {
    return eventId;
  }

  public UserId userId() {
    return userId;
  }

  /** The party's seats: what it waits for, and what is held for it while NOTIFIED. */
  public int seats() {
    return seats;
  }

  /** The seats held for this entry now: its party while NOTIFIED, none otherwise. */
  public int heldSeats() {
    return holdsSeat() ? seats : 0;
  }

  public long priority() {
    return priority;
  }

  public WaitlistStatus status() {
    return status;
  }

  public Optional<Instant> notifiedAt() {
    return Optional.ofNullable(notifiedAt);
  }

  public Optional<Instant> notificationExpiresAt() {
    return Optional.ofNullable(notificationExpiresAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
