package org.aquastream.event.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.outbox.OutboxMessage;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the outbox must do: keep one message per idempotency key with its payload intact, hand due
 * messages to one relay at a time under a lease, and keep each delivery's outcome.
 */
public abstract class OutboxContract extends PortContract {
  /** Far enough ahead of any database clock that "due" is decided by the times given here. */
  private static final Instant NOW = Instant.now().plusSeconds(3600);

  private static final Set<OutboxKind> ALL = Set.of(OutboxKind.values());

  protected OutboxPorts outbox;

  /** The outbox ports over the store {@link #emptyPorts()} just emptied. */
  protected abstract OutboxPorts outboxPorts();

  @BeforeEach
  final void openOutbox() {
    outbox = outboxPorts();
  }

  private static Notification notification(String key) {
    return new Notification(
        new UserId(UUID.randomUUID()),
        NotificationTemplate.BOOKING_CREATED,
        Map.of("bookingId", "b-1", "eventTitle", "Night dive"),
        key);
  }

  private List<OutboxMessage> claim(Instant at, int limit) {
    return ports
        .unitOfWork()
        .inTransaction(() -> outbox.queue().claimDue(ALL, at, limit, at.plusSeconds(60)));
  }

  @Test
  void everyKindOfMessageComesBackAsItWasRecorded() {
    Notification notification = notification("booking.created:1");
    Refund refund =
        Refund.ofRest(
            UUID.randomUUID(),
            BookingId.newId(),
            new Money(new java.math.BigDecimal("1500.00"), "RUB"),
            "EVENT_CANCELLED");
    Refund part =
        Refund.ofSeats(
            refund.paymentId(),
            refund.bookingId(),
            new Money(new java.math.BigDecimal("500.00"), "RUB"),
            2);
    PaymentRequest payment =
        new PaymentRequest(
            BookingId.newId(),
            new UserId(UUID.randomUUID()),
            new Money(new java.math.BigDecimal("700.50"), "RUB"),
            "Night dive");

    outbox.notifications().enqueue(notification);
    outbox.payments().enqueueRefund(refund);
    outbox.payments().enqueueRefund(part);
    outbox.payments().enqueuePaymentStart(payment, NOW.minusSeconds(1));

    assertThat(claim(NOW, 10))
        .extracting(OutboxMessage::payload)
        .containsExactlyInAnyOrder(notification, refund, part, payment);
  }

  @Test
  void aKeyIsRecordedOnce() {
    outbox.notifications().enqueue(notification("same"));
    outbox.notifications().enqueue(notification("same"));

    assertThat(claim(NOW, 10)).hasSize(1);
  }

  @Test
  void notificationsRecordedTogetherAreKeptOncePerKeyAndAnEarlierKeyKeepsItsPayload() {
    Notification earlier = notification("booking.expired:1");
    Notification second = notification("booking.expired:2");
    Notification third = notification("booking.expired:3");
    outbox.notifications().enqueue(earlier);

    outbox
        .notifications()
        .enqueueAll(
            List.of(
                notification("booking.expired:1"),
                second,
                third,
                notification("booking.expired:3")));

    assertThat(claim(NOW, 10))
        .extracting(OutboxMessage::payload)
        .containsExactlyInAnyOrder(earlier, second, third);
  }

  @Test
  void aClaimedMessageIsLeasedSoASecondClaimDoesNotSeeIt() {
    outbox.notifications().enqueue(notification("a"));

    List<OutboxMessage> first = claim(NOW, 10);
    List<OutboxMessage> second = claim(NOW.plusSeconds(59), 10);
    List<OutboxMessage> afterLease = claim(NOW.plusSeconds(61), 10);

    assertThat(first).hasSize(1);
    assertThat(second).isEmpty();
    assertThat(afterLease).hasSize(1);
  }

  @Test
  void messagesMarkedSentTogetherAreDoneAndTheOthersComeBackAfterTheLease() {
    outbox
        .notifications()
        .enqueueAll(List.of(notification("a"), notification("b"), notification("c")));
    claim(NOW, 10);

    outbox.queue().markSentAll(List.of("a", "c"), NOW);

    assertThat(claim(NOW.plusSeconds(61), 10))
        .extracting(OutboxMessage::idempotencyKey)
        .containsExactly("b");
  }

  @Test
  void aPaymentStartIsNotDueBeforeItsTime() {
    PaymentRequest payment =
        new PaymentRequest(
            BookingId.newId(),
            new UserId(UUID.randomUUID()),
            new Money(java.math.BigDecimal.TEN, "RUB"),
            "Rafting");
    outbox.payments().enqueuePaymentStart(payment, NOW.plusSeconds(30));

    assertThat(claim(NOW, 10)).isEmpty();
    assertThat(claim(NOW.plusSeconds(30), 10)).hasSize(1);
  }

  @Test
  void onlyTheAskedKindsAreClaimed() {
    outbox.notifications().enqueue(notification("n"));
    outbox
        .payments()
        .enqueueRefund(
            Refund.ofRest(
                UUID.randomUUID(),
                BookingId.newId(),
                new Money(java.math.BigDecimal.ONE, "RUB"),
                "x"));

    List<OutboxMessage> refunds =
        ports
            .unitOfWork()
            .inTransaction(
                () ->
                    outbox
                        .queue()
                        .claimDue(Set.of(OutboxKind.REFUND), NOW, 10, NOW.plusSeconds(60)));

    assertThat(refunds).extracting(OutboxMessage::kind).containsExactly(OutboxKind.REFUND);
  }

  @Test
  void theLimitBoundsAClaim() {
    for (int i = 0; i < 5; i++) {
      outbox.notifications().enqueue(notification("k" + i));
    }

    assertThat(claim(NOW, 3)).hasSize(3);
    assertThat(claim(NOW, 3)).hasSize(2);
  }

  @Test
  void aRetryIsDueAgainAtItsTimeWithItsAttemptsCounted() {
    outbox.notifications().enqueue(notification("r"));
    claim(NOW, 10);

    outbox.queue().retryLater("r", 3, "HTTP 503", NOW.plusSeconds(40));

    assertThat(claim(NOW.plusSeconds(39), 10)).isEmpty();
    assertThat(claim(NOW.plusSeconds(40), 10))
        .singleElement()
        .extracting(OutboxMessage::attempts)
        .isEqualTo(3);
  }

  @Test
  void sentSkippedAndFailedMessagesAreNeverClaimedAgain() {
    outbox.notifications().enqueue(notification("sent"));
    outbox.notifications().enqueue(notification("skipped"));
    outbox.notifications().enqueue(notification("failed"));
    claim(NOW, 10);

    outbox.queue().markSent("sent", NOW);
    outbox.queue().markSkipped("skipped", "no longer needed", NOW);
    outbox.queue().markFailed("failed", 5, "HTTP 400", NOW);
    outbox.queue().retryLater("sent", 1, "late report of a failure", NOW);

    assertThat(claim(NOW.plusSeconds(3600), 10)).isEmpty();
  }

  @Test
  void aReleasedMessageIsDueAgainWithoutAnAttempt() {
    outbox.notifications().enqueue(notification("back"));
    claim(NOW, 10);

    outbox.queue().release("back", NOW);

    assertThat(claim(NOW, 10)).singleElement().extracting(OutboxMessage::attempts).isEqualTo(0);
  }
}
