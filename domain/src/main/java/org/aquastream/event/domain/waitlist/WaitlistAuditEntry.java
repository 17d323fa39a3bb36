package org.aquastream.event.domain.waitlist;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;

/**
 * One row of the waitlist audit trail: what happened to whose place in which event's queue, with
 * details (the entry, its new status, its party's seats, a reason).
 */
public record WaitlistAuditEntry(
    EventId eventId,
    UserId userId,
    WaitlistAction action,
    long priority,
    Map<String, String> details,
    Instant at) {

  public WaitlistAuditEntry {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(action, "action");
    details = Map.copyOf(details);
    Objects.requireNonNull(at, "at");
  }

  /** Records {@code action} on {@code entry} as it is after the change. */
  public static WaitlistAuditEntry of(WaitlistAction action, WaitlistEntry entry) {
    return of(action, entry, Map.of());
  }

  /** As {@link #of(WaitlistAction, WaitlistEntry)}, with extra details such as a reason. */
  public static WaitlistAuditEntry of(
      WaitlistAction action, WaitlistEntry entry, Map<String, String> extra) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("entryId", entry.id().toString());
    details.put("status", entry.status().name());
    details.put("seats", String.valueOf(entry.seats()));
    entry
        .notificationExpiresAt()
        .filter(ignored -> action == WaitlistAction.NOTIFIED)
        .ifPresent(expiresAt -> details.put("notificationExpiresAt", expiresAt.toString()));
    details.putAll(extra);
    return new WaitlistAuditEntry(
        entry.eventId(), entry.userId(), action, entry.priority(), details, entry.updatedAt());
  }
}
