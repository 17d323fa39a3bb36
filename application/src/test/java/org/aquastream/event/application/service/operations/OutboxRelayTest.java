package org.aquastream.event.application.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.fake.InMemoryOutbox;
import org.aquastream.event.application.fake.InMemoryOutbox.Status;
import org.aquastream.event.application.port.in.operations.RelayOutboxUseCase.Report;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

/** The relay delivers each message once, backs off on failure and spares a peer that is down. */
class OutboxRelayTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event event = core.store(TestEvents.aPublishedEvent().capacity(50).build());

  private void bookings(int count) {
    for (int i = 0; i < count; i++) {
      core.book(TestActors.user(), event.id());
    }
  }

  private List<InMemoryOutbox.Row> rows(Status status) {
    return core.outbox().rows().stream().filter(r -> r.status() == status).toList();
  }

  @Test
  void everyRecordedNotificationIsDeliveredOnceAndMarkedSent() {
    bookings(25);

    Report first = core.relayOutbox().relay();
    Report second = core.relayOutbox().relay();

    assertThat(first.sent()).isEqualTo(25);
    assertThat(second).isEqualTo(new Report(0, 0, 0, 0, 0));
    assertThat(core.notifier().delivered())
        .extracting(Notification::idempotencyKey)
        .hasSize(25)
        .doesNotHaveDuplicates();
    assertThat(rows(Status.SENT)).hasSize(25);
  }

  @Test
  void aFailedDeliveryIsRetriedAfterADoublingBackoffWithItsErrorKept() {
    bookings(1);
    core.notifier().goDown();
    java.time.Instant start = core.clock().now();

    core.relayOutbox().relay();
    InMemoryOutbox.Row afterOne = rows(Status.PENDING).getFirst();
    core.clock().advance(Duration.ofSeconds(9));
    Report tooEarly = core.relayOutbox().relay();
    core.clock().advance(Duration.ofSeconds(1));
    core.relayOutbox().relay();
    InMemoryOutbox.Row afterTwo = rows(Status.PENDING).getFirst();

    assertThat(afterOne.attempts()).isEqualTo(1);
    assertThat(afterOne.lastError()).contains("HTTP 503");
    assertThat(afterOne.nextAttemptAt()).isEqualTo(start.plusSeconds(10));
    assertThat(afterTwo.nextAttemptAt()).isEqualTo(start.plusSeconds(10 + 20));
    assertThat(tooEarly.retried()).isZero();
    assertThat(afterTwo.attempts()).isEqualTo(2);
    assertThat(core.notifier().calls()).isEqualTo(2);
  }

  @Test
  void aMessageFailsForGoodAfterItsLastAttemptAndStaysVisible() {
    bookings(1);
    core.notifier().goDown();

    for (int i = 0; i < InMemoryCore.OUTBOX.maxAttempts(); i++) {
      core.relayOutbox().relay();
      core.clock().advance(InMemoryCore.OUTBOX.maxBackoff());
    }
    Report afterwards = core.relayOutbox().relay();

    InMemoryOutbox.Row failed = rows(Status.FAILED).getFirst();
    assertThat(failed.attempts()).isEqualTo(InMemoryCore.OUTBOX.maxAttempts());
    assertThat(failed.lastError()).contains("HTTP 503");
    assertThat(afterwards).isEqualTo(new Report(0, 0, 0, 0, 0));
    assertThat(core.notifier().calls()).isEqualTo(InMemoryCore.OUTBOX.maxAttempts());
  }

  @Test
  void aRefusedNotificationFailsAtOnce() {
    bookings(1);
    core.notifier().refuse();

    Report report = core.relayOutbox().relay();

    assertThat(report.failed()).isEqualTo(1);
    assertThat(rows(Status.FAILED).getFirst().lastError()).contains("HTTP 400");
  }

  @Test
  void whileTheCircuitIsOpenNothingIsTriedAndNoAttemptIsSpent() {
    bookings(3);
    core.notifier().openCircuit();

    Report report = core.relayOutbox().relay();

    assertThat(report).isEqualTo(new Report(0, 0, 0, 0, 0));
    assertThat(core.notifier().calls()).isZero();
    assertThat(rows(Status.PENDING)).hasSize(3).allSatisfy(r -> assertThat(r.attempts()).isZero());

    core.notifier().comeBack();
    assertThat(core.relayOutbox().relay().sent()).isEqualTo(3);
  }

  @Test
  void oneRunWorksThroughSeveralBatches() {
    bookings(35);

    Report report = core.relayOutbox().relay();

    assertThat(report.sent()).isEqualTo(35);
    assertThat(rows(Status.PENDING)).isEmpty();
  }

  @Test
  void refundsOfCancelledPaidBookingsReachThePaymentService() {
    Event paid = core.store(TestEvents.aPublishedEvent().price("900.00").build());
    var alice = TestActors.user();
    var booking = core.book(alice, paid.id());
    var paymentId = core.booking(booking.id()).paymentId().orElseThrow();
    core.recordPaymentStatus()
        .record(
            new org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase.Command(
                Optional.empty(),
                paymentId,
                org.aquastream.event.domain.booking.PaymentStatus.SUCCEEDED));

    core.cancelBooking().cancel(alice, booking.id(), Optional.of("plans changed"));
    core.relayOutbox().relay();

    assertThat(core.payments().refunds())
        .singleElement()
        .satisfies(
            refund -> {
              assertThat(refund.paymentId()).isEqualTo(paymentId);
              assertThat(refund.amount()).isEqualTo(TestEvents.rub("900.00"));
              assertThat(refund.reason()).isEqualTo("plans changed");
              assertThat(refund.idempotencyKey()).isEqualTo("refund:" + paymentId);
            });
  }
}
