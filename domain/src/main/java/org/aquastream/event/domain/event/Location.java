package org.aquastream.event.domain.event;

import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/** Where an event happens; names at least an address, a city or a venue. */
public record Location(String address, String city, String venue, Coordinates coordinates) {
  public Location {
    address = Guard.optionalText("location.address", address, 500);
    city = Guard.optionalText("location.city", city, 100);
    venue = Guard.optionalText("location.venue", venue, 200);
    if (address == null && city == null && venue == null) {
      throw new InvalidValueException("location", "location must name an address, city or venue");
    }
  }
}
