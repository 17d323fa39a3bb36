package org.aquastream.event.application.service.waitlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * Closes an event's queue when the event ends for good (cancelled or completed): every queued entry
 * becomes CANCELLED with its audit row. Runs inside the transaction that locked the event and its
 * bookings.
 */
public final class WaitlistClosure {
  private final WaitlistRepository waitlist;
  private final WaitlistAuditLog audit;
  private final NotificationOutbox outbox;

  public WaitlistClosure(
      WaitlistRepository waitlist, WaitlistAuditLog audit, NotificationOutbox outbox) {
    this.waitlist = waitlist;
    this.audit = audit;
    this.outbox = outbox;
  }

  /** Why the queue closes; a cancelled event tells the people who were waiting. */
  public enum Reason {
    EVENT_CANCELLED,
    EVENT_COMPLETED
  }

  /** Cancels every queued entry; returns the seats that were held for them. */
  public int close(Event event, Reason reason, Instant now) {
    List<WaitlistEntry> queued = waitlist.lockQueuedByEvent(event.id());
    List<WaitlistEntry> cancelled = new ArrayList<>(queued.size());
    List<WaitlistAuditEntry> rows = new ArrayList<>(queued.size());
    int heldSeats = 0;
    for (WaitlistEntry entry : queued) {
      heldSeats += entry.heldSeats();
      WaitlistEntry closed = entry.cancel(now);
      cancelled.add(closed);
      rows.add(
          WaitlistAuditEntry.of(WaitlistAction.CANCELLED, closed, Map.of("reason", reason.name())));
      if (reason == Reason.EVENT_CANCELLED) {
        outbox.enqueue(eventCancelled(event, closed));
      }
    }
    waitlist.updateAll(cancelled);
    audit.appendAll(rows);
    return heldSeats;
  }

  private static Notification eventCancelled(Event event, WaitlistEntry entry) {
    return new Notification(
        entry.userId(),
        NotificationTemplate.EVENT_CANCELLED,
        Map.of(
            "eventId", event.id().toString(),
            "eventTitle", event.details().title(),
            "waitlistEntryId", entry.id().toString()),
        "event.cancelled:" + event.id() + ":" + entry.userId());
  }
}
