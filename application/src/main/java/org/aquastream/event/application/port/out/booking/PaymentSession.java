package org.aquastream.event.application.port.out.booking;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment the Payment Service opened: its id (callbacks name it) and the page where the user
 * pays; no page for payments taken by hand.
 */
public record PaymentSession(UUID paymentId, Optional<String> paymentUrl, String status) {
  public PaymentSession {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(paymentUrl, "paymentUrl");
    Objects.requireNonNull(status, "status");
  }
}
