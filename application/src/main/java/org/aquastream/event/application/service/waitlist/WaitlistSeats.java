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
 * seat held for them (entry CONFIRMED); a user who books another way leaves the queue (entry
 * CANCELLED). Runs inside the booking's transaction.
 */
public final class WaitlistSeats {
  static final String BOOKED = "BOOKED";

  private final EventRepository events;
  private final WaitlistRepository waitlist;
  private final WaitlistAuditLog audit;

  public WaitlistSeats(
      EventRepository events, WaitlistRepository waitlist, WaitlistAuditLog audit) {
    this.events = events;
    this.waitlist = waitlist;
    this.audit = audit;
  }

  /**
   * Takes the seat held for {@code user}, if one is and its window is open at {@code now}; the
   * event row is locked first (lock order), then the entry is checked again under its lock.
   */
  public boolean takeHeldSeat(EventId event, UserId user, Instant now) {
    boolean mayHold =
        waitlist.findQueued(event, user).filter(entry -> entry.canTakeHeldSeat(now)).isPresent();
    if (!mayHold) {
      return false;
    }
    events.lockById(event);
    Optional<WaitlistEntry> held =
        waitlist.lockQueued(event, user).filter(entry -> entry.canTakeHeldSeat(now));
    if (held.isEmpty()) {
      return false;
    }
    WaitlistEntry confirmed = held.get().confirm(now);
    waitlist.update(confirmed);
    audit.append(WaitlistAuditEntry.of(WaitlistAction.CONFIRMED, confirmed));
    return true;
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
