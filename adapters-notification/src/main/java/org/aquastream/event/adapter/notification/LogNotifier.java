package org.aquastream.event.adapter.notification;

import org.aquastream.event.application.port.out.operations.Notifier;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for the Notification Service when none is configured: each notification becomes one log
 * line (ids only, never the user's data), so the relay still empties the outbox.
 */
public final class LogNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(LogNotifier.class);

  @Override
  public void send(Notification notification) {
    LOG.info(
        "Notification (local, not sent): template={}, userId={}, key={}",
        notification.template().wireName(),
        notification.userId(),
        notification.idempotencyKey());
  }
}
