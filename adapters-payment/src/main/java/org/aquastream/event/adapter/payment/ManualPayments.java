package org.aquastream.event.adapter.payment;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.application.port.out.booking.PaymentGateway;
import org.aquastream.event.application.port.out.booking.PaymentSession;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for the Payment Service when none is configured: payments are taken by hand. A paid
 * booking gets a payment id (the same for the same booking) but no payment page, and stays PENDING
 * until an organizer confirms it, or an ADMIN reports the payment through the callback route.
 * Refunds are logged for someone to make by hand.
 */
public final class ManualPayments implements PaymentGateway {
  private static final Logger LOG = LoggerFactory.getLogger(ManualPayments.class);

  @Override
  public PaymentSession startPayment(PaymentRequest request) {
    UUID paymentId =
        UUID.nameUUIDFromBytes(
            ("manual-payment:" + request.bookingId()).getBytes(StandardCharsets.UTF_8));
    LOG.info(
        "Manual payment (no Payment Service configured): bookingId={}, paymentId={}",
        request.bookingId(),
        paymentId);
    return new PaymentSession(paymentId, Optional.empty(), "PENDING");
  }

  @Override
  public void refund(Refund refund) {
    LOG.warn(
        "Refund to be made by hand (no Payment Service configured): paymentId={}, bookingId={}",
        refund.paymentId(),
        refund.bookingId());
  }
}
