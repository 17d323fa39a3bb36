package org.aquastream.event.application.port.out.outbox;

/**
 * What an outbox message asks a peer service to do: notify a user, refund a payment, or open a
 * payment. Its {@link #idempotencyKey()} names the happening it stems from; the outbox keeps one
 * message per key and sends the key along, so recording or sending it twice acts once.
 */
public sealed interface OutboxPayload permits Notification, Refund, PaymentRequest {

  String idempotencyKey();
}
