package org.aquastream.event.adapter.http.booking;

/** Optional body of PUT /bookings/{id}/cancel. */
record CancelBookingRequest(String reason) {}
