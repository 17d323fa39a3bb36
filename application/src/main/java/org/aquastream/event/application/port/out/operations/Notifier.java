package org.aquastream.event.application.port.out.operations;

import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;

/**
 * The Notification Service: delivers a notification to a user by e-mail and Telegram. Only the
 * outbox relay calls it; use cases record notifications in the {@link NotificationOutbox}.
 */
public interface Notifier {

  /**
   * Hands {@code notification} over for delivery, with its idempotency key, so that a resend
   * reaches the user once.
   *
   * @throws org.aquastream.event.application.error.DependencyUnavailableException when the service
   *     does not answer in time, answers 5xx, refuses the connection, or its circuit is open
   * @throws org.aquastream.event.application.error.PeerRejectedException when it refuses the
   *     notification (4xx)
   */
  void send(Notification notification);

  /** False while calls are known to fail (the circuit is open); never blocks. */
  default boolean acceptsCalls() {
    return true;
  }
}
