package org.aquastream.event.adapter.http.booking;

import java.util.UUID;

/** Body of POST /bookings. */
record CreateBookingRequest(UUID eventId) {}
