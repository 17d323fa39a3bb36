package org.aquastream.event.application.port.out.outbox;

/** The kinds of outbox messages; each goes to one peer service. */
public enum OutboxKind {
  NOTIFICATION,
  REFUND,
  PAYMENT_INIT;

  public static OutboxKind of(OutboxPayload payload) {
    return switch (payload) {
      case Notification n -> NOTIFICATION;
      case Refund r -> REFUND;
      case PaymentRequest p -> PAYMENT_INIT;
    };
  }
}
