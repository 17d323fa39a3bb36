package org.aquastream.event.adapter.http.waitlist;

import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.adapter.http.event.EventSummaryResponse;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistPosition;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/**
 * Waitlist entry JSON: its party's seats, its status, its place while queued ({@code position} null
 * otherwise), the queue's length, the held seats' window, and the event in brief.
 */
public record WaitlistEntryResponse(
    UUID id,
    UUID eventId,
    UUID userId,
    int seats,
    WaitlistStatus status,
    Integer position,
    int totalInQueue,
    Instant notifiedAt,
    Instant notificationExpiresAt,
    Instant createdAt,
    Instant updatedAt,
    EventSummaryResponse event) {

  public static WaitlistEntryResponse from(WaitlistEntryView view) {
    WaitlistEntry entry = view.entry();
    return new WaitlistEntryResponse(
        entry.id().value(),
        entry.eventId().value(),
        entry.userId().value(),
        entry.seats(),
        entry.status(),
        view.position().map(WaitlistPosition::position).orElse(null),
        view.totalInQueue(),
        entry.notifiedAt().orElse(null),
        entry.notificationExpiresAt().orElse(null),
        entry.createdAt(),
        entry.updatedAt(),
        EventSummaryResponse.from(view.event()));
  }
}
