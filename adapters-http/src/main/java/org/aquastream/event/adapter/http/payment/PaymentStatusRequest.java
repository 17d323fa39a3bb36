package org.aquastream.event.adapter.http.payment;

import org.aquastream.event.domain.booking.PaymentStatus;

/** The body of {@code PUT /bookings/payment/{paymentId}/status}. */
record PaymentStatusRequest(PaymentStatus paymentStatus) {}
