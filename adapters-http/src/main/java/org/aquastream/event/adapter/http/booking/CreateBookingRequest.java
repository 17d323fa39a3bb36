package org.aquastream.event.adapter.http.booking;

import java.util.UUID;

/** Body of POST /bookings: the event, and the party's seats (one when absent). */
record CreateBookingRequest(UUID eventId, Integer seats) {

  int seatsOrOne() {
    return seats == null ? 1 : seats;
  }
}
