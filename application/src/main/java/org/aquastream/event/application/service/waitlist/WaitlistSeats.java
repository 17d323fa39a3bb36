package org.aquastream.event.application.service.waitlist;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/**
 * What a booking does to its user's place in the queue: a NOTIFIED user within the window takes the
 * seats held for their party, or fewer, and the rest are released at once (entry CONFIRMED); a user
 * who books another way leaves the queue (entry CANCELLED). Runs inside the booking's transaction.
 */
public final class WaitlistSeats {
  static final String BOOKED = "BOOKED";

  private final EventRepository events;
  private final WaitlistRepository waitlist;
  private final WaitlistAuditLog audit;
  private final SeatRelease seatRelease;

  public WaitlistSeats(
      EventRepository events,
      WaitlistRepository waitlist,
      WaitlistAuditLog audit,
      SeatRelease seatRelease) {
    this.events = events;
    this.waitlist = waitlist;
    this.audit = audit;
    this.seatRelease = seatRelease;
  }

  /**
   * The entry of {@code user} whose seats are held and may be taken at {@code now}, locked; the
   * event row is locked first (lock order), then the entry is checked again under its lock. Empty
   * when nothing is held for the user.
   */
  public Optional<WaitlistEntry> lockHeld(EventId event, UserId user, Instant now) {
    boolean mayHold =
        waitlist.findQueued(event, user).filter(entry -> entry.canTakeHeldSeat(now)).isPresent();
    if (!mayHold) {
      return Optional.empty();
    }
    events.lockById(event);
    return waitlist.lockQueued(event, user).filter(entry -> entry.canTakeHeldSeat(now));
  }

  /**
   * {@code seats} of the seats held for {@code held} (from {@link #lockHeld}) are booked: the entry
   * is CONFIRMED and the seats its party no longer needs are released like any freed seat.
   */
  public void takeHeld(WaitlistEntry held, int seats, Instant now) {
    if (seats < 1 || seats > held.seats()) {
      throw new IllegalArgumentException(seats + " of the " + held.seats() + " held seats");
    }
    WaitlistEntry confirmed = held.confirm(now);
    waitlist.update(confirmed);
    audit.append(WaitlistAuditEntry.of(WaitlistAction.CONFIRMED, confirmed));
    seatRelease.release(held.eventId(), held.seats() - seats);
  }

  /**
   * A user who got a seat without the waitlist's help no longer waits for one. The caller already
   * holds the event's lock.
   */
  public void leaveQueueAfterBooking(EventId event, UserId user, Instant now) {
    waitlist
        .lockQueued(event, user)
        .filter(entry -> entry.status() == WaitlistStatus.WAITING)
        .ifPresent(
            entry -> {
              WaitlistEntry cancelled = entry.cancel(now);
              waitlist.update(cancelled);
              audit.append(
                  WaitlistAuditEntry.of(
                      WaitlistAction.CANCELLED, cancelled, Map.of("reason", BOOKED)));
            });
  }
}
