package org.aquastream.event.application.port.out.booking;

import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;

/**
 * The Payment Service: opens payments for bookings and gives money back. Each call carries the
 * request's idempotency key, so repeating one (a retry after a timeout, a second relay run) opens
 * one payment and refunds once.
 */
public interface PaymentGateway {

  /**
   * Opens the payment of a booking; for the same booking the service answers with the same payment.
   *
   * @throws org.aquastream.event.application.error.DependencyUnavailableException when the service
   *     does not answer in time, answers 5xx, refuses the connection, or its circuit is open
   * @throws org.aquastream.event.application.error.PeerRejectedException when it refuses the
   *     request (4xx)
   */
  PaymentSession startPayment(PaymentRequest request);

  /**
   * Asks for the money of a payment back.
   *
   * @throws org.aquastream.event.application.error.DependencyUnavailableException as {@link
   *     #startPayment}
   * @throws org.aquastream.event.application.error.PeerRejectedException as {@link #startPayment}
   */
  void refund(Refund refund);

  /**
   * False while calls are known to fail (the circuit is open): callers that can wait, such as the
   * outbox relay, leave their messages for later instead of spending an attempt. Never blocks.
   */
  default boolean acceptsCalls() {
    return true;
  }
}
