package org.aquastream.event.application.service.booking;

/**
 * What a failed payment does to its booking ({@code app.event.payment.cancel-on-failure}): false
 * (the default) leaves it PENDING, so the user may pay again until it expires; true cancels it and
 * frees its seat at once.
 */
public record PaymentPolicy(boolean cancelOnFailure) {}
