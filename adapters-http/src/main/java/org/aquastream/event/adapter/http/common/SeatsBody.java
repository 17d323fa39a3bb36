package org.aquastream.event.adapter.http.common;

/**
 * Body that names a party's seats: POST /events/{id}/waitlist (optional, one seat when absent) and
 * PUT /bookings/{id}/seats (required).
 */
public record SeatsBody(Integer seats) {

  /** The seats asked for, or one when the body leaves them out. */
  public int seatsOrOne() {
    return seats == null ? 1 : seats;
  }

  /** The seats asked for, which the body must name. */
  public int requiredSeats() {
    new Required().field("seats", seats).check();
    return seats;
  }
}
