package org.aquastream.event.application.port.out.outbox;

import java.util.List;

/**
 * Records notifications for delivery after the transaction commits (the transactional outbox): the
 * record is written in the same transaction as the change it reports, so a rolled-back change
 * notifies nobody and a committed one is never lost. A relay delivers them later.
 */
public interface NotificationOutbox {

  /** Records {@code notification}; one already recorded under the same key is kept as it was. */
  void enqueue(Notification notification);

  /**
   * Records each of {@code notifications} as {@link #enqueue} does; a store may write them in one
   * round trip, which is what a job expiring hundreds of bookings at once needs.
   */
  default void enqueueAll(List<Notification> notifications) {
    notifications.forEach(this::enqueue);
  }
}
