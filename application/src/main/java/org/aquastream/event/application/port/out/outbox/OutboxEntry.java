package org.aquastream.event.application.port.out.outbox;

import java.time.Instant;
import java.util.Objects;

/** A message for the outbox and the moment from which the relay may send it. */
public record OutboxEntry(OutboxPayload payload, Instant dueAt) {
  public OutboxEntry {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
