package org.aquastream.event.adapter.http.event;

import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.application.port.in.event.EventSummary;

/** An event in brief, as bookings and waitlist entries show the event they belong to. */
public record EventSummaryResponse(
    UUID id,
    String title,
    String type,
    Instant dateStart,
    Instant dateEnd,
    LocationResponse location) {

  /** The summary's JSON; null for no summary. */
  public static EventSummaryResponse from(EventSummary event) {
    if (event == null) {
      return null;
    }
    return new EventSummaryResponse(
        event.id().value(),
        event.title(),
        event.type(),
        event.dateStart(),
        event.dateEnd(),
        LocationResponse.from(event.location()));
  }
}
