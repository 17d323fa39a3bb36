package org.aquastream.event.adapter.postgres;

import java.util.UUID;
import org.aquastream.event.application.port.out.Notification;
import org.aquastream.event.application.port.out.NotificationOutbox;

/**
 * Writes notifications into {@code event.outbox} (kind NOTIFICATION, status PENDING) in the
 * caller's transaction; the idempotency key's unique constraint keeps a repeat from being recorded
 * twice.
 */
final class JdbiNotificationOutbox implements NotificationOutbox {
  static final String KIND = "NOTIFICATION";

  private final Database database;

  JdbiNotificationOutbox(Database database) {
    this.database = database;
  }

  @Override
  public void enqueue(Notification notification) {
    database.withHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    INSERT INTO event.outbox (id, kind, payload, idempotency_key)
                    VALUES (:id, :kind, CAST(:payload AS jsonb), :key)
                    ON CONFLICT (idempotency_key) DO NOTHING
                    """)
                .bind("id", UUID.randomUUID())
                .bind("kind", KIND)
                .bind("payload", JsonColumns.notification(notification))
                .bind("key", notification.idempotencyKey())
                .execute());
  }
}
