package org.aquastream.event.application.port.in.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.domain.event.EventDates;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/**
 * Filters of the public catalog; {@code status} is PUBLISHED or COMPLETED, the dates lie within
 * {@link EventDates}, {@code organizer} narrows it to one organizer's events.
 */
public record EventSearch(
    EventStatus status,
    Optional<String> type,
    Optional<BigDecimal> minPrice,
    Optional<BigDecimal> maxPrice,
    Optional<Instant> dateFrom,
    Optional<Instant> dateTo,
    Optional<String> text,
    Optional<String> tag,
    Optional<OrganizerId> organizer) {

  /** The filters of GET /events, over every organizer. */
  public EventSearch(
      EventStatus status,
      Optional<String> type,
      Optional<BigDecimal> minPrice,
      Optional<BigDecimal> maxPrice,
      Optional<Instant> dateFrom,
      Optional<Instant> dateTo,
      Optional<String> text,
      Optional<String> tag) {
    this(status, type, minPrice, maxPrice, dateFrom, dateTo, text, tag, Optional.empty());
  }

  public EventSearch {
    Objects.requireNonNull(status, "status");
    if (status != EventStatus.PUBLISHED && status != EventStatus.COMPLETED) {
      throw new InvalidValueException("status", "status must be PUBLISHED or COMPLETED");
    }
    minPrice.filter(p -> p.signum() < 0).ifPresent(p -> negative("minPrice"));
    maxPrice.filter(p -> p.signum() < 0).ifPresent(p -> negative("maxPrice"));
    if (minPrice.isPresent()
        && maxPrice.isPresent()
        && minPrice.get().compareTo(maxPrice.get()) > 0) {
      throw new InvalidValueException("minPrice", "minPrice must not exceed maxPrice");
    }
    dateFrom.ifPresent(date -> EventDates.require("dateFrom", date));
    dateTo.ifPresent(date -> EventDates.require("dateTo", date));
    if (dateFrom.isPresent() && dateTo.isPresent() && dateFrom.get().isAfter(dateTo.get())) {
      throw new InvalidValueException("dateFrom", "dateFrom must not be after dateTo");
    }
    text = text.map(String::strip).filter(s -> !s.isEmpty());
    type = type.map(String::strip).filter(s -> !s.isEmpty());
    tag = tag.map(String::strip).filter(s -> !s.isEmpty());
    text.filter(s -> Guard.characters(s) > 200).ifPresent(s -> tooLong("search"));
    Objects.requireNonNull(organizer, "organizer");
  }

  /** The same filters, narrowed to the events of {@code organizerId}. */
  public EventSearch forOrganizer(OrganizerId organizerId) {
    return new EventSearch(
        status, type, minPrice, maxPrice, dateFrom, dateTo, text, tag, Optional.of(organizerId));
  }

  /** The same filters, with the start no earlier than {@code from}. */
  public EventSearch startingFrom(Instant from) {
    return new EventSearch(
        status, type, minPrice, maxPrice, Optional.of(from), dateTo, text, tag, organizer);
  }

  public static EventSearch published() {
    return new EventSearch(
        EventStatus.PUBLISHED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static void negative(String field) {
    throw new InvalidValueException(field, field + " must not be negative");
  }

  private static void tooLong(String field) {
    throw new InvalidValueException(field, field + " must be at most 200 characters");
  }
}
