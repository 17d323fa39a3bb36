package org.aquastream.event.domain.event;

import org.aquastream.event.domain.shared.InvalidValueException;

/** A point on the map in degrees. */
public record Coordinates(double lat, double lng) {
  public Coordinates {
    if (!(lat >= -90 && lat <= 90)) {
      throw new InvalidValueException("location.coordinates.lat", "lat must be within ±90");
    }
    if (!(lng >= -180 && lng <= 180)) {
      throw new InvalidValueException("location.coordinates.lng", "lng must be within ±180");
    }
  }
}
