package org.aquastream.event.application.port.out.outbox;

import java.util.Objects;

/**
 * A message the relay claimed from the outbox.
 *
 * @param attempts how many deliveries failed before
 */
public record OutboxMessage(OutboxPayload payload, int attempts) {
  public OutboxMessage {
    Objects.requireNonNull(payload, "payload");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
  }

  public String idempotencyKey() {
    return payload.idempotencyKey();
  }

  public OutboxKind kind() {
    return OutboxKind.of(payload);
  }
}
