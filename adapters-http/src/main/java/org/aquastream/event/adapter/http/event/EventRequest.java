package org.aquastream.event.adapter.http.event;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.adapter.http.common.RequestValidationException;
import org.aquastream.event.adapter.http.common.Required;
import org.aquastream.event.application.port.in.event.CreateEventUseCase;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.Coordinates;
import org.aquastream.event.domain.event.EventDetails;
import org.aquastream.event.domain.event.EventPatch;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.event.Price;
import org.aquastream.event.domain.event.Schedule;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Money;

/**
 * Body of POST /events and PUT /events/{id}. {@code price} null or absent means free; {@code
 * currency} defaults to the service currency; {@code maxSeatsPerBooking} (the most seats one
 * booking may take) defaults to 1; {@code organizerId} lets an ADMIN act for any organizer.
 */
record EventRequest(
    String type,
    String title,
    String description,
    Instant dateStart,
    Instant dateEnd,
    LocationBody location,
    BigDecimal price,
    String currency,
    Integer capacity,
    Integer maxSeatsPerBooking,
    List<String> tags,
    UUID organizerId) {

  record LocationBody(String address, String city, String venue, CoordinatesBody coordinates) {
    Location toLocation() {
      return new Location(
          address, city, venue, coordinates == null ? null : coordinates.toCoordinates());
    }
  }

  record CoordinatesBody(Double lat, Double lng) {
    Coordinates toCoordinates() {
      new Required()
          .field("location.coordinates.lat", lat)
          .field("location.coordinates.lng", lng)
          .check();
      return new Coordinates(lat, lng);
    }
  }

  CreateEventUseCase.Command toCreateCommand(Actor actor, String defaultCurrency) {
    new Required()
        .field("type", type)
        .field("title", title)
        .field("dateStart", dateStart)
        .field("dateEnd", dateEnd)
        .field("location", location)
        .field("capacity", capacity)
        .check();
    EventDetails details =
        new EventDetails(
            type,
            title,
            description,
            new Schedule(dateStart, dateEnd),
            location.toLocation(),
            price(defaultCurrency),
            tags);
    return new CreateEventUseCase.Command(
        actor,
        Optional.ofNullable(organizerId).map(OrganizerId::new),
        details,
        new Capacity(capacity),
        maxSeatsPerBooking == null ? 1 : maxSeatsPerBooking);
  }

  /**
   * The partial update: a field absent from {@code fields} keeps its value. A null {@code price}
   * makes the event free, a null {@code description} or {@code tags} clears them; the other fields
   * cannot be null.
   */
  EventPatch toPatch(ObjectNode fields, String defaultCurrency) {
    return new EventPatch(
        replaced(fields, "type", type),
        replaced(fields, "title", title),
        cleared(fields, "description", description, ""),
        replaced(fields, "dateStart", dateStart),
        replaced(fields, "dateEnd", dateEnd),
        replaced(fields, "location", location).map(LocationBody::toLocation),
        fields.has("price") ? Optional.of(price(defaultCurrency)) : Optional.empty(),
        replaced(fields, "capacity", capacity).map(Capacity::new),
        replaced(fields, "maxSeatsPerBooking", maxSeatsPerBooking),
        cleared(fields, "tags", tags, List.of()));
  }

  private Price price(String defaultCurrency) {
    if (price == null) {
      return Price.FREE;
    }
    return Price.of(new Money(price, currency != null ? currency : defaultCurrency));
  }

  private static <T> Optional<T> replaced(ObjectNode fields, String name, T value) {
    if (!fields.has(name)) {
      return Optional.empty();
    }
    if (value == null) {
      throw RequestValidationException.of(name, name + " must not be null");
    }
    return Optional.of(value);
  }

  private static <T> Optional<T> cleared(ObjectNode fields, String name, T value, T empty) {
    return fields.has(name)
        ? Optional.of(Objects.requireNonNullElse(value, empty))
        : Optional.empty();
  }
}
