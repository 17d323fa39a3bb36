package org.aquastream.event.application.port.out.outbox;

import java.util.Map;
import java.util.Objects;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.UserId;

/**
 * A message for a user, to be delivered by the Notification Service. {@code idempotencyKey} names
 * the happening it reports, so recording or sending it twice reaches the user once.
 */
public record Notification(
    UserId userId, NotificationTemplate template, Map<String, String> data, String idempotencyKey)
    implements OutboxPayload {
  public Notification {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(template, "template");
    data = Map.copyOf(data);
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (idempotencyKey.isBlank() || Guard.characters(idempotencyKey) > 200) {
      throw new IllegalArgumentException("idempotencyKey must be 1-200 characters");
    }
  }
}
