package org.aquastream.event.adapter.http.event;

import org.aquastream.event.domain.event.Coordinates;
import org.aquastream.event.domain.event.Location;

/** Location JSON, shared by events and the event summary inside bookings. */
public record LocationResponse(
    String address, String city, String venue, CoordinatesResponse coordinates) {

  /** A point on the map in degrees. */
  public record CoordinatesResponse(double lat, double lng) {
    static CoordinatesResponse from(Coordinates coordinates) {
      return coordinates == null
          ? null
          : new CoordinatesResponse(coordinates.lat(), coordinates.lng());
    }
  }

  public static LocationResponse from(Location location) {
    if (location == null) {
      return null;
    }
    return new LocationResponse(
        location.address(),
        location.city(),
        location.venue(),
        CoordinatesResponse.from(location.coordinates()));
  }
}
