package org.aquastream.event.application.service.operations;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.PeerRejectedException;
import org.aquastream.event.application.port.in.operations.RelayOutboxUseCase;
import org.aquastream.event.application.port.out.booking.PaymentGateway;
import org.aquastream.event.application.port.out.operations.Notifier;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.outbox.OutboxMessage;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.booking.PaymentStart;

/**
 * Delivers the outbox: claims due messages in short transactions (batches under a lease), sends
 * each outside any transaction with its idempotency key, and marks it SENT, or due again after an
 * exponential backoff with the error kept, or FAILED once its attempts are used up. Messages for a
 * peer whose circuit is open are not even claimed, so its outage spends no attempts.
 */
public final class RelayOutboxService implements RelayOutboxUseCase {
  /** Bounds one run; what is left is due for the next. */
  static final int MAX_BATCHES_PER_RUN = 20;

  private static final System.Logger LOG = System.getLogger(RelayOutboxService.class.getName());

  private final UnitOfWork unitOfWork;
  private final OutboxQueue queue;
  private final Notifier notifier;
  private final PaymentGateway payments;
  private final PaymentStart paymentStart;
  private final OutboxPolicy policy;
  private final Clock clock;

  public RelayOutboxService(
      UnitOfWork unitOfWork,
      OutboxQueue queue,
      Notifier notifier,
      PaymentGateway payments,
      PaymentStart paymentStart,
      OutboxPolicy policy,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.queue = queue;
    this.notifier = notifier;
    this.payments = payments;
    this.paymentStart = paymentStart;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public Report relay() {
    Tally tally = new Tally();
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      Set<OutboxKind> open = kindsWithPeerUp();
      if (open.isEmpty()) {
        break;
      }
      Instant now = clock.now();
      List<OutboxMessage> claimed =
          unitOfWork.inTransaction(
              () -> queue.claimDue(open, now, policy.batchSize(), now.plus(policy.lease())));
      List<String> sent = new ArrayList<>();
      claimed.forEach(message -> deliver(message, tally, sent));
      // Marked together after the batch: a relay that dies before this re-sends the batch once
      // its lease ends, which the idempotency keys make harmless (docs/adr/0016).
      queue.markSentAll(sent, clock.now());
      if (claimed.size() < policy.batchSize()) {
        break;
      }
    }
    Report report = tally.report();
    if (!report.equals(new Report(0, 0, 0, 0, 0))) {
      LOG.log(
          Level.INFO,
          "Outbox relayed: sent={0}, retried={1}, failed={2}, skipped={3}, postponed={4}",
          report.sent(),
          report.retried(),
          report.failed(),
          report.skipped(),
          report.postponed());
    }
    return report;
  }

  private Set<OutboxKind> kindsWithPeerUp() {
    Set<OutboxKind> kinds = EnumSet.noneOf(OutboxKind.class);
    if (notifier.acceptsCalls()) {
      kinds.add(OutboxKind.NOTIFICATION);
    }
    if (payments.acceptsCalls()) {
      kinds.add(OutboxKind.REFUND);
      kinds.add(OutboxKind.PAYMENT_INIT);
    }
    return kinds;
  }

  private boolean peerUp(OutboxKind kind) {
    return kind == OutboxKind.NOTIFICATION ? notifier.acceptsCalls() : payments.acceptsCalls();
  }

  private void deliver(OutboxMessage message, Tally tally, List<String> sent) {
    String key = message.idempotencyKey();
    if (!peerUp(message.kind())) {
      // The circuit opened during this batch: no request would leave, so no attempt is spent.
      queue.release(key, clock.now());
      tally.postponed++;
      return;
    }
    try {
      boolean needed = send(message);
      if (needed) {
        sent.add(key);
        tally.sent++;
      } else {
        queue.markSkipped(key, "no longer needed", clock.now());
        tally.skipped++;
      }
    } catch (PeerRejectedException e) {
      giveUp(message, e.getMessage(), tally);
    } catch (DependencyUnavailableException e) {
      failed(message, e.getMessage(), tally);
    } catch (RuntimeException e) {
      // An unexpected failure (a bug, a broken answer) is retried like an outage and kept visible.
      LOG.log(Level.WARNING, "Outbox delivery failed unexpectedly: key=" + key, e);
      failed(message, e.getClass().getSimpleName() + ": " + e.getMessage(), tally);
    }
  }

  /** Sends the message; false when it turned out to be needless. */
  private boolean send(OutboxMessage message) {
    return switch (message.payload()) {
      case Notification notification -> {
        notifier.send(notification);
        yield true;
      }
      case Refund refund -> {
        payments.refund(refund);
        yield true;
      }
      case PaymentRequest request -> paymentStart.retry(request);
    };
  }

  private void failed(OutboxMessage message, String error, Tally tally) {
    int attempts = message.attempts() + 1;
    if (attempts >= policy.maxAttempts()) {
      giveUp(message, error, tally);
      return;
    }
    queue.retryLater(
        message.idempotencyKey(), attempts, error, clock.now().plus(policy.backoffAfter(attempts)));
    tally.retried++;
  }

  private void giveUp(OutboxMessage message, String error, Tally tally) {
    int attempts = message.attempts() + 1;
    queue.markFailed(message.idempotencyKey(), attempts, error, clock.now());
    tally.failed++;
    LOG.log(
        Level.ERROR,
        "Outbox message failed for good after {0} attempts: key={1}, error={2}",
        attempts,
        message.idempotencyKey(),
        error);
  }

  /** Counts of one run. */
  private static final class Tally {
    int sent;
    int retried;
    int failed;
    int skipped;
    int postponed;

    Report report() {
      return new Report(sent, retried, failed, skipped, postponed);
    }
  }
}
