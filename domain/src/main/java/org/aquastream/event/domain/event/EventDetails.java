package org.aquastream.event.domain.event;

import java.util.List;
import java.util.Objects;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/** The describable part of an event: what, when, where, for how much, and its tags. */
public record EventDetails(
    String type,
    String title,
    String description,
    Schedule schedule,
    Location location,
    Price price,
    List<String> tags) {
  public static final int MAX_TAGS = 20;

  public EventDetails {
    type = Guard.text("type", type, 1, 50);
    title = Guard.text("title", title, 1, 200);
    description = Guard.optionalText("description", description, 10_000);
    Guard.present("schedule", schedule);
    Guard.present("location", location);
    price = Objects.requireNonNullElse(price, Price.FREE);
    tags = normalizeTags(tags);
  }

  private static List<String> normalizeTags(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    if (tags.size() > MAX_TAGS) {
      throw new InvalidValueException("tags", "at most " + MAX_TAGS + " tags");
    }
    return tags.stream().map(tag -> Guard.text("tags", tag, 1, 50)).distinct().toList();
  }

  EventDetails withType(String newType) {
    return new EventDetails(newType, title, description, schedule, location, price, tags);
  }

  EventDetails withTitle(String newTitle) {
    return new EventDetails(type, newTitle, description, schedule, location, price, tags);
  }

  EventDetails withDescription(String newDescription) {
    return new EventDetails(type, title, newDescription, schedule, location, price, tags);
  }

  EventDetails withSchedule(Schedule newSchedule) {
    return new EventDetails(type, title, description, newSchedule, location, price, tags);
  }

  EventDetails withLocation(Location newLocation) {
    return new EventDetails(type, title, description, schedule, newLocation, price, tags);
  }

  EventDetails withPrice(Price newPrice) {
    return new EventDetails(type, title, description, schedule, location, newPrice, tags);
  }

  EventDetails withTags(List<String> newTags) {
    return new EventDetails(type, title, description, schedule, location, price, newTags);
  }
}
