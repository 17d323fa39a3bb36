package org.aquastream.event.application.port.out.booking;

import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.domain.booking.Booking;

/** A booking read together with a summary of its event. */
public record BookingWithEvent(Booking booking, EventSummary event) {}
