package org.aquastream.event.application.service.waitlist;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aquastream.event.application.port.in.waitlist.ExpireWaitlistNotificationsUseCase;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * Expires NOTIFIED entries whose window has passed and hands their held seats on through {@link
 * SeatRelease}: to the parties waiting that they fit, or back to the event. One transaction per
 * event, event row locked first.
 */
public final class ExpireWaitlistNotificationsService
    implements ExpireWaitlistNotificationsUseCase {
  static final int EVENTS_PER_ROUND = 100;
  private static final System.Logger LOG =
      System.getLogger(ExpireWaitlistNotificationsService.class.getName());

  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final WaitlistRepository waitlist;
  private final WaitlistAuditLog audit;
  private final SeatRelease seatRelease;
  private final BusinessMetrics metrics;
  private final Clock clock;

  public ExpireWaitlistNotificationsService(
      UnitOfWork unitOfWork,
      EventRepository events,
      WaitlistRepository waitlist,
      WaitlistAuditLog audit,
      SeatRelease seatRelease,
      BusinessMetrics metrics,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.waitlist = waitlist;
    this.audit = audit;
    this.seatRelease = seatRelease;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public int cleanupExpiredWaitlistNotifications() {
    Instant now = clock.now();
    int total = 0;
    while (true) {
      List<EventId> due = waitlist.findEventsWithPassedWindows(now, EVENTS_PER_ROUND);
      int round = 0;
      for (EventId event : due) {
        int expired = unitOfWork.inTransaction(() -> expireWindows(event, now));
        if (expired > 0) {
          metrics.record(BusinessEvent.WAITLIST_EXPIRED, expired);
        }
        round += expired;
      }
      total += round;
      // Entries notified from now on close their window in the future: a round that expired
      // nothing (another instance got there first) means nothing is left.
      if (due.size() < EVENTS_PER_ROUND || round == 0) {
        break;
      }
    }
    LOG.log(
        Level.INFO,
        "Cleanup expired waitlist notifications: found {0} expired notifications",
        total);
    return total;
  }

  private int expireWindows(EventId event, Instant now) {
    if (events.lockById(event).isEmpty()) {
      return 0;
    }
    List<WaitlistEntry> passed = waitlist.lockPassedWindows(event, now);
    List<WaitlistEntry> expired = new ArrayList<>(passed.size());
    List<WaitlistAuditEntry> rows = new ArrayList<>(passed.size());
    int seats = 0;
    for (WaitlistEntry entry : passed) {
      seats += entry.heldSeats();
      WaitlistEntry after = entry.expire(now);
      expired.add(after);
      rows.add(WaitlistAuditEntry.of(WaitlistAction.EXPIRED, after));
    }
    waitlist.updateAll(expired);
    audit.appendAll(rows);
    seatRelease.release(event, seats);
    return expired.size();
  }
}
