package org.aquastream.event.application.fake;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.outbox.OutboxMessage;
import org.aquastream.event.application.port.out.outbox.OutboxPayload;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.aquastream.event.application.port.out.outbox.PaymentOutbox;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;

/**
 * The outbox in memory: one row per idempotency key, written and rolled back with its change, and
 * claimed by the relay as {@code event.outbox} is.
 */
public final class InMemoryOutbox implements NotificationOutbox, PaymentOutbox, OutboxQueue {
  private final InMemoryDatabase db;

  public InMemoryOutbox(InMemoryDatabase db) {
    this.db = db;
  }

  /** Where a message stands. */
  public enum Status {
    PENDING,
    SENT,
    SKIPPED,
    FAILED
  }

  /** One message and its delivery state. */
  public record Row(
      OutboxPayload payload,
      Status status,
      int attempts,
      Instant nextAttemptAt,
      Optional<String> lastError,
      long order) {
    Row with(Status newStatus, int newAttempts, Instant due, Optional<String> error) {
      return new Row(payload, newStatus, newAttempts, due, error, order);
    }
  }

  @Override
  public void enqueue(Notification notification) {
    add(notification, Instant.MIN);
  }

  @Override
  public void enqueueRefund(Refund refund) {
    add(refund, Instant.MIN);
  }

  @Override
  public void enqueuePaymentStart(PaymentRequest request, Instant notBefore) {
    add(request, notBefore);
  }

  private void add(OutboxPayload payload, Instant due) {
    db.locked(
        () ->
            db.outbox.putIfAbsent(
                payload.idempotencyKey(),
                new Row(payload, Status.PENDING, 0, due, Optional.empty(), db.outbox.size())));
  }

  @Override
  public List<OutboxMessage> claimDue(
      Set<OutboxKind> kinds, Instant now, int limit, Instant leaseUntil) {
    return db.locked(
        () -> {
          List<Row> due =
              db.outbox.values().stream()
                  .filter(r -> r.status() == Status.PENDING)
                  .filter(r -> kinds.contains(OutboxKind.of(r.payload())))
                  .filter(r -> !r.nextAttemptAt().isAfter(now))
                  .sorted(Comparator.comparing(Row::nextAttemptAt).thenComparingLong(Row::order))
                  .limit(limit)
                  .toList();
          for (Row row : due) {
            put(row.with(Status.PENDING, row.attempts(), leaseUntil, row.lastError()));
          }
          return due.stream().map(r -> new OutboxMessage(r.payload(), r.attempts())).toList();
        });
  }

  @Override
  public void markSentAll(Collection<String> idempotencyKeys, Instant at) {
    idempotencyKeys.forEach(
        key -> change(key, r -> r.with(Status.SENT, r.attempts(), at, r.lastError())));
  }

  @Override
  public void markSkipped(String idempotencyKey, String why, Instant at) {
    change(idempotencyKey, r -> r.with(Status.SKIPPED, r.attempts(), at, Optional.of(why)));
  }

  @Override
  public void retryLater(String idempotencyKey, int attempts, String error, Instant nextAttemptAt) {
    change(
        idempotencyKey, r -> r.with(Status.PENDING, attempts, nextAttemptAt, Optional.of(error)));
  }

  @Override
  public void markFailed(String idempotencyKey, int attempts, String error, Instant at) {
    change(idempotencyKey, r -> r.with(Status.FAILED, attempts, at, Optional.of(error)));
  }

  @Override
  public void release(String idempotencyKey, Instant dueAt) {
    change(idempotencyKey, r -> r.with(Status.PENDING, r.attempts(), dueAt, r.lastError()));
  }

  /** Changes a PENDING row only: a finished message stays finished. */
  private void change(String key, java.util.function.UnaryOperator<Row> update) {
    db.locked(
        () -> {
          Row row = db.outbox.get(key);
          if (row != null && row.status() == Status.PENDING) {
            put(update.apply(row));
          }
        });
  }

  private void put(Row row) {
    db.outbox.put(row.payload().idempotencyKey(), row);
  }

  public List<Row> rows() {
    return db.locked(
        () -> db.outbox.values().stream().sorted(Comparator.comparingLong(Row::order)).toList());
  }

  public Optional<Row> row(String idempotencyKey) {
    return db.locked(() -> Optional.ofNullable(db.outbox.get(idempotencyKey)));
  }

  /** The recorded notifications, in the order they were recorded. */
  public List<Notification> notifications() {
    return rows().stream()
        .map(Row::payload)
        .filter(Notification.class::isInstance)
        .map(Notification.class::cast)
        .toList();
  }

  public List<Refund> refunds() {
    return rows().stream()
        .map(Row::payload)
        .filter(Refund.class::isInstance)
        .map(Refund.class::cast)
        .toList();
  }
}
