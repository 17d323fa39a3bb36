package org.aquastream.event.application.service.waitlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Holds free seats for an event's queue, first fit in join order (docs/adr/0031): the earliest
 * WAITING party that fits the seats gets exactly its seats held, the next one that fits what is
 * left gets its own, and so on; a larger party keeps its place for later. Each party served becomes
 * NOTIFIED for the notification window, is audited and gets a {@code waitlist.slot_available}
 * notification recorded for delivery. Runs inside a transaction that holds the event's row lock.
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

  /** What an offer did: how many parties were notified, and the seats held for them. */
  public record Offered(int parties, int seats) {
    static final Offered NONE = new Offered(0, 0);
  }

  /**
   * Holds the event's free seats for the parties they fit, first fit in join order, taking them
   * from {@code available}; a party larger than what is free keeps its place.
   */
  public Offered offerFreeSeats(EventId eventId) {
    return openEvent(eventId)
        .map(
            event -> {
              List<WaitlistEntry> parties = firstFit(eventId, event.available());
              if (parties.isEmpty() || !events.takeSeats(eventId, seatsOf(parties))) {
                return Offered.NONE;
              }
              return notify(event, parties);
            })
        .orElse(Offered.NONE);
  }

  private Optional<Event> openEvent(EventId eventId) {
    return events
        .findById(eventId)
        .filter(event -> event.whyClosedForBooking(clock.now()).isEmpty());
  }

  /**
   * The WAITING parties {@code seats} free seats go to, in join order: each one that fits what is
   * left when its turn comes, locked. Read a page of candidates at a time, none larger than what is
   * left; a page is at most as long as the seats left, since every party takes one seat at least.
   */
  private List<WaitlistEntry> firstFit(EventId eventId, int seats) {
    List<WaitlistEntry> served = new ArrayList<>();
    int left = seats;
    long after = Long.MIN_VALUE;
    while (left > 0) {
      int page = left;
      List<WaitlistEntry> candidates = waitlist.lockWaitingThatFit(eventId, left, after, page);
      for (WaitlistEntry candidate : candidates) {
        if (candidate.seats() <= left) {
          served.add(candidate);
          left -= candidate.seats();
        }
        after = candidate.priority();
      }
      if (candidates.size() < page) {
        break;
      }
    }
    return served;
  }

  private Offered notify(Event event, List<WaitlistEntry> parties) {
    Instant now = clock.now();
    List<WaitlistEntry> notified = new ArrayList<>(parties.size());
    List<WaitlistAuditEntry> rows = new ArrayList<>(parties.size());
    for (WaitlistEntry party : parties) {
      WaitlistEntry entry = party.notifyOfSeat(now, policy.notificationWindow());
      notified.add(entry);
      rows.add(WaitlistAuditEntry.of(WaitlistAction.NOTIFIED, entry));
      outbox.enqueue(slotAvailable(event, entry));
    }
    waitlist.updateAll(notified);
    audit.appendAll(rows);
    metrics.record(BusinessEvent.WAITLIST_PROCESSED, notified.size());
    return new Offered(notified.size(), seatsOf(notified));
  }

  private static int seatsOf(List<WaitlistEntry> parties) {
    return parties.stream().mapToInt(WaitlistEntry::seats).sum();
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
            "seats", String.valueOf(entry.seats()),
            "expiresAt", expiresAt),
        // One offer per entry: an entry is notified at most once.
        "waitlist.slot_available:" + entry.id());
  }
}
