package org.aquastream.event.adapter.http.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventDetails;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.Money;

/**
 * Event JSON; {@code price} null means free, {@code available} counts free seats, {@code
 * maxSeatsPerBooking} is the most one booking may take.
 */
public record EventResponse(
    UUID id,
    UUID organizerId,
    String type,
    String title,
    String description,
    Instant dateStart,
    Instant dateEnd,
    LocationResponse location,
    BigDecimal price,
    String currency,
    int capacity,
    int maxSeatsPerBooking,
    int available,
    EventStatus status,
    List<String> tags,
    Instant createdAt,
    Instant updatedAt,
    OrganizerSummaryResponse organizer) {

  /** The organizer shown beside each event. */
  public record OrganizerSummaryResponse(UUID id, String slug, String name, String logoUrl) {
    static OrganizerSummaryResponse from(OrganizerSummary organizer) {
      if (organizer == null) {
        return null;
      }
      return new OrganizerSummaryResponse(
          organizer.id().value(), organizer.slug().value(), organizer.name(), organizer.logoUrl());
    }
  }

  public static EventResponse from(EventView view) {
    Event event = view.event();
    EventDetails details = event.details();
    return new EventResponse(
        event.id().value(),
        event.organizerId().value(),
        details.type(),
        details.title(),
        details.description(),
        details.schedule().start(),
        details.schedule().end(),
        LocationResponse.from(details.location()),
        details.price().money().map(Money::amount).orElse(null),
        event.currency(),
        event.capacity().value(),
        event.maxSeatsPerBooking(),
        event.available(),
        event.status(),
        details.tags(),
        event.createdAt(),
        event.updatedAt(),
        OrganizerSummaryResponse.from(view.organizer()));
  }
}
