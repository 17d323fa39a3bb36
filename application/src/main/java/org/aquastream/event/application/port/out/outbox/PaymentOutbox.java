package org.aquastream.event.application.port.out.outbox;

import java.time.Instant;

/**
 * Records requests for the Payment Service in the transactional outbox, in the same transaction as
 * the change that causes them; the relay sends them after the commit. A request already recorded
 * under the same idempotency key is kept as it was.
 */
public interface PaymentOutbox {

  /** Records a refund (a paid booking cancelled, a payment that came too late). */
  void enqueueRefund(Refund refund);

  /**
   * Records the opening of a booking's payment, due from {@code notBefore}: the booking request
   * itself tries first, right after its commit, and the relay takes over only if that did not
   * succeed by then (or the instance stopped in between).
   */
  void enqueuePaymentStart(PaymentRequest request, Instant notBefore);
}
