package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.outbox.OutboxMessage;
import org.aquastream.event.application.port.out.outbox.OutboxPayload;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.aquastream.event.application.port.out.outbox.PaymentOutbox;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;
import org.aquastream.event.application.port.out.shared.Clock;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * {@code event.outbox}: messages are written in the caller's transaction (the idempotency key's
 * unique constraint keeps a repeat out) and claimed by the relay with {@code FOR UPDATE SKIP
 * LOCKED}, their due time moved to the end of a lease in the same statement. Times come from the
 * service's clock, so "due" means the same to the writer and the relay.
 */
final class JdbiOutbox implements NotificationOutbox, PaymentOutbox, OutboxQueue {
  private static final String INSERT =
      """
      INSERT INTO event.outbox (id, kind, payload, idempotency_key, next_attempt_at, created_at)
      VALUES (:id, :kind, CAST(:payload AS jsonb), :key, :due, :now)
      ON CONFLICT (idempotency_key) DO NOTHING
      """;

  /** Longer errors are cut; the start says what happened. */
  static final int MAX_ERROR_LENGTH = 1000;

  private final Database database;
  private final Clock clock;

  JdbiOutbox(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public void enqueue(Notification notification) {
    insert(notification, clock.now());
  }

  @Override
  public void enqueueRefund(Refund refund) {
    insert(refund, clock.now());
  }

  @Override
  public void enqueuePaymentStart(PaymentRequest request, Instant notBefore) {
    insert(request, notBefore);
  }

  @Override
  public void enqueueAll(List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return;
    }
    Instant now = clock.now();
    // One multi-row insert for the whole list (a job's batch of thousands).
    database.update(
        """
        INSERT INTO event.outbox (id, kind, payload, idempotency_key, next_attempt_at, created_at)
        SELECT id, kind, payload, key, due, CAST(:now AS timestamptz)
          FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(
               id uuid, kind text, payload jsonb, key text, due timestamptz)
        ON CONFLICT (idempotency_key) DO NOTHING
        """,
        update ->
            update
                .bind("rows", JsonRows.of(notifications, n -> JsonRows.outboxMessage(n, now)))
                .bind("now", now));
  }

  private void insert(OutboxPayload payload, Instant due) {
    database.withHandle(
        handle -> bind(handle.createUpdate(INSERT), payload, due, clock.now()).execute());
  }

  private static <T extends SqlStatement<T>> T bind(
      T statement, OutboxPayload payload, Instant due, Instant now) {
    return statement
        .bind("id", UUID.randomUUID())
        .bind("kind", OutboxKind.of(payload).name())
        .bind("payload", OutboxPayloads.write(payload))
        .bind("key", payload.idempotencyKey())
        .bind("due", due)
        .bind("now", now);
  }

  @Override
  public List<OutboxMessage> claimDue(
      Set<OutboxKind> kinds, Instant now, int limit, Instant leaseUntil) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    // idx_outbox_pending_due serves the inner query; SKIP LOCKED lets two relays claim disjoint
    // batches instead of waiting for each other.
    List<Claimed> claimed =
        database.withHandle(
            handle ->
                handle
                    .createQuery(
                        """
                        WITH due AS (
                            SELECT id, next_attempt_at AS due_at
                              FROM event.outbox
                             WHERE status = 'PENDING' AND next_attempt_at <= :now
                               AND kind = ANY(:kinds)
                             ORDER BY next_attempt_at, created_at
                             LIMIT :limit
                               FOR UPDATE SKIP LOCKED)
                        UPDATE event.outbox o
                           SET next_attempt_at = :leaseUntil
                          FROM due
                         WHERE o.id = due.id
                        RETURNING o.kind, CAST(o.payload AS text) AS payload, o.idempotency_key,
                                  o.attempts,
                                  due.due_at, o.created_at
                        """)
                    .bind("now", now)
                    .bindArray("kinds", String.class, kinds.stream().map(OutboxKind::name).toList())
                    .bind("limit", limit)
                    .bind("leaseUntil", leaseUntil)
                    .map(
                        (rs, ctx) ->
                            new Claimed(
                                new OutboxMessage(
                                    OutboxPayloads.read(
                                        OutboxKind.valueOf(rs.getString("kind")),
                                        rs.getString("payload"),
                                        rs.getString("idempotency_key")),
                                    rs.getInt("attempts")),
                                Columns.instant(rs, "due_at"),
                                Columns.instant(rs, "created_at")))
                    .list());
    return claimed.stream()
        .sorted(Comparator.comparing(Claimed::dueAt).thenComparing(Claimed::createdAt))
        .map(Claimed::message)
        .toList();
  }

  @Override
  public void markSentAll(Collection<String> idempotencyKeys, Instant at) {
    if (idempotencyKeys.isEmpty()) {
      return;
    }
    // One statement for a relay batch, found by outbox_idempotency_key_unique.
    database.update(
        """
        UPDATE event.outbox SET status = 'SENT', sent_at = :at, last_attempt_at = :at
         WHERE idempotency_key = ANY(:keys) AND status = 'PENDING'
        """,
        update ->
            update.bind("at", at).bindArray("keys", String.class, List.copyOf(idempotencyKeys)));
  }

  @Override
  public void markSkipped(String idempotencyKey, String why, Instant at) {
    database.withHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    UPDATE event.outbox
                       SET status = 'SKIPPED', last_error = :why, last_attempt_at = :at
                     WHERE idempotency_key = :key AND status = 'PENDING'
                    """)
                .bind("why", cut(why))
                .bind("at", at)
                .bind("key", idempotencyKey)
                .execute());
  }

  @Override
  public void retryLater(String idempotencyKey, int attempts, String error, Instant nextAttemptAt) {
    database.withHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    UPDATE event.outbox
                       SET attempts = :attempts, last_error = :error,
                           next_attempt_at = :next, last_attempt_at = :now
                     WHERE idempotency_key = :key AND status = 'PENDING'
                    """)
                .bind("attempts", attempts)
                .bind("error", cut(error))
                .bind("next", nextAttemptAt)
                .bind("now", clock.now())
                .bind("key", idempotencyKey)
                .execute());
  }

  @Override
  public void markFailed(String idempotencyKey, int attempts, String error, Instant at) {
    database.withHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    UPDATE event.outbox
                       SET status = 'FAILED', attempts = :attempts, last_error = :error,
                           last_attempt_at = :at
                     WHERE idempotency_key = :key AND status = 'PENDING'
                    """)
                .bind("attempts", attempts)
                .bind("error", cut(error))
                .bind("at", at)
                .bind("key", idempotencyKey)
                .execute());
  }

  @Override
  public void release(String idempotencyKey, Instant dueAt) {
    database.withHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    UPDATE event.outbox SET next_attempt_at = :due
                     WHERE idempotency_key = :key AND status = 'PENDING'
                    """)
                .bind("due", dueAt)
                .bind("key", idempotencyKey)
                .execute());
  }

  private static String cut(String error) {
    String text = error == null ? "unknown error" : error;
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
  }

  /** A claimed message with the times it is ordered by. */
  private record Claimed(OutboxMessage message, Instant dueAt, Instant createdAt) {}
}
