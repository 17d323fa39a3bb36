package org.aquastream.event.application.port.in.booking;

import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.domain.booking.Booking;

/** A booking as its owner sees it, with its event and what can be done with it now. */
public record BookingView(
    Booking booking,
    EventSummary event,
    long remainingMinutes,
    boolean canConfirm,
    boolean canCancel) {}
