package org.aquastream.event.application.fake;

import java.util.List;
import org.aquastream.event.application.port.out.Notification;
import org.aquastream.event.application.port.out.NotificationOutbox;

/** Recorded notifications in memory, one per idempotency key, rolled back with their change. */
public final class InMemoryNotificationOutbox implements NotificationOutbox {
  private final InMemoryDatabase db;

  public InMemoryNotificationOutbox(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void enqueue(Notification notification) {
    db.locked(() -> db.outbox.putIfAbsent(notification.idempotencyKey(), notification));
  }

  public List<Notification> all() {
    return db.locked(() -> List.copyOf(db.outbox.values()));
  }
}
