package org.aquastream.event.adapter.http.booking;

import org.aquastream.event.domain.booking.BookingStatus;

/** Body of PUT /organizer/bookings/{id}/status. */
record BookingStatusRequest(BookingStatus status, String reason) {}
