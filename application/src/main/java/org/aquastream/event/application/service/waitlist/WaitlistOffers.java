package org.aquastream.event.application.service.waitlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * Holds seats for the head of an event's queue: each WAITING entry served becomes NOTIFIED for the
 * notification window, is audited and gets a {@code waitlist.slot_available} notification recorded
 * for delivery. Runs inside a transaction that holds the event's row lock.
 */
public final class WaitlistOffers {
  private final EventRepository events;
  private final WaitlistRepository waitlist;
  private final WaitlistAuditLog audit;
  private final NotificationOutbox outbox;
  private final WaitlistPolicy policy;
  private final BusinessMetrics metrics;
  private final Clock clock;

  public WaitlistOffers(
      EventRepository events,
      WaitlistRepository waitlist,
      WaitlistAuditLog audit,
      NotificationOutbox outbox,
      WaitlistPolicy policy,
      BusinessMetrics metrics,
      Clock clock) {
    this.events = events;
    this.waitlist = waitlist;
    this.audit = audit;
    this.outbox = outbox;
    this.policy = policy;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Holds up to {@code seats} freed seats (not counted in {@code available}) for the next WAITING
   * entries of an event open for booking; returns how many were held, the caller returns the rest.
   */
  public int holdFreedSeats(EventId eventId, int seats) {
    return openEvent(eventId).map(event -> notifyHeads(event, seats)).orElse(0);
  }

  /**
   * Takes up to {@code maxSeats} of the event's free seats and holds them for the next WAITING
   * entries; returns how many were held.
   */
  public int offerFreeSeats(EventId eventId, int maxSeats) {
    return openEvent(eventId)
        .map(
            event -> {
              int seats = Math.min(maxSeats, event.available());
              if (seats <= 0) {
                return 0;
              }
              List<WaitlistEntry> heads = waitlist.lockNextWaiting(eventId, seats);
              if (heads.isEmpty() || !events.takeSeats(eventId, heads.size())) {
                return 0;
              }
              return notify(event, heads);
            })
        .orElse(0);
  }

  private java.util.Optional<Event> openEvent(EventId eventId) {
    return events
        .findById(eventId)
        .filter(event -> event.whyClosedForBooking(clock.now()).isEmpty());
  }

  private int notifyHeads(Event event, int seats) {
    if (seats <= 0) {
      return 0;
    }
    return notify(event, waitlist.lockNextWaiting(event.id(), seats));
  }

  private int notify(Event event, List<WaitlistEntry> heads) {
    Instant now = clock.now();
    List<WaitlistEntry> notified = new ArrayList<>(heads.size());
    List<WaitlistAuditEntry> rows = new ArrayList<>(heads.size());
    for (WaitlistEntry head : heads) {
      WaitlistEntry entry = head.notifyOfSeat(now, policy.notificationWindow());
      notified.add(entry);
      rows.add(WaitlistAuditEntry.of(WaitlistAction.NOTIFIED, entry));
      outbox.enqueue(slotAvailable(event, entry));
    }
    waitlist.updateAll(notified);
    audit.appendAll(rows);
    metrics.record(BusinessEvent.WAITLIST_PROCESSED, notified.size());
    return notified.size();
  }

  private static Notification slotAvailable(Event event, WaitlistEntry entry) {
    String expiresAt = entry.notificationExpiresAt().orElseThrow().toString();
    return new Notification(
        entry.userId(),
        NotificationTemplate.WAITLIST_SLOT_AVAILABLE,
        Map.of(
            "eventId", event.id().toString(),
            "eventTitle", event.details().title(),
            "eventStart", event.details().schedule().start().toString(),
            "waitlistEntryId", entry.id().toString(),
            "expiresAt", expiresAt),
        // One offer per entry: an entry is notified at most once.
        "waitlist.slot_available:" + entry.id());
  }
}
