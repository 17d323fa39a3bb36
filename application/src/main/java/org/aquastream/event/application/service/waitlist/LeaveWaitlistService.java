package org.aquastream.event.application.service.waitlist;

import java.lang.System.Logger.Level;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.waitlist.LeaveWaitlistUseCase;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * Takes a user out of an event's queue; seats held for their party are released like any freed
 * seats.
 */
public final class LeaveWaitlistService implements LeaveWaitlistUseCase {
  private static final System.Logger LOG = System.getLogger(LeaveWaitlistService.class.getName());

  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final WaitlistRepository waitlist;
  private final WaitlistAuditLog audit;
  private final SeatRelease seatRelease;
  private final Clock clock;

  public LeaveWaitlistService(
      UnitOfWork unitOfWork,
      EventRepository events,
      WaitlistRepository waitlist,
      WaitlistAuditLog audit,
      SeatRelease seatRelease,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.waitlist = waitlist;
    this.audit = audit;
    this.seatRelease = seatRelease;
    this.clock = clock;
  }

  @Override
  public void leave(Actor actor, EventId eventId) {
    Permissions.require(actor, Role.USER);
    WaitlistEntry left =
        unitOfWork.inTransaction(
            () -> {
              if (events.lockById(eventId).isEmpty()) {
                throw new NotFoundException("event", eventId);
              }
              WaitlistEntry entry =
                  waitlist
                      .lockQueued(eventId, actor.userId())
                      .orElseThrow(() -> new NotFoundException("waitlist entry", eventId));
              WaitlistEntry after = entry.leave(clock.now());
              waitlist.update(after);
              audit.append(WaitlistAuditEntry.of(WaitlistAction.LEFT, after));
              seatRelease.release(eventId, entry.heldSeats());
              return after;
            });
    LOG.log(Level.INFO, "Waitlist left: eventId={0}, entryId={1}", eventId, left.id());
  }
}
