package org.aquastream.event.application.contract;

import org.aquastream.event.application.fake.InMemoryDatabase;
import org.aquastream.event.application.fake.InMemoryOutbox;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.aquastream.event.application.port.out.outbox.PaymentOutbox;

/** The outbox's ports under contract: both writers and the relay's queue, over one store. */
public record OutboxPorts(
    NotificationOutbox notifications, PaymentOutbox payments, OutboxQueue queue) {

  public static OutboxPorts inMemory(InMemoryDatabase db) {
    InMemoryOutbox outbox = new InMemoryOutbox(db);
    return new OutboxPorts(outbox, outbox, outbox);
  }
}
