package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.fake.InMemoryOutbox;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

/** Booking a paid event opens its payment after the commit; an outage leaves it to the outbox. */
class PaidBookingTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event paid = core.store(TestEvents.aPublishedEvent().price("1500.00").build());
  private final Actor alice = TestActors.user();

  private BookingOutcome.Booked book(Optional<String> key) {
    return (BookingOutcome.Booked)
        core.createBooking().book(new CreateBookingUseCase.Command(alice, paid.id(), key));
  }

  @Test
  void aPaidBookingAnswersWithItsPaymentPage() {
    Booking booking = book(Optional.empty()).booking().booking();

    PaymentRequest request = core.payments().startCalls().getFirst();
    assertThat(request.bookingId()).isEqualTo(booking.id());
    assertThat(request.userId()).isEqualTo(alice.userId());
    assertThat(request.amount()).isEqualTo(TestEvents.rub("1500.00"));
    assertThat(request.description()).isEqualTo(paid.details().title());
    assertThat(booking.paymentId()).isPresent();
    assertThat(booking.paymentUrl()).contains("https://pay.test/" + booking.paymentId().get());
    assertThat(core.booking(booking.id()).paymentId()).isEqualTo(booking.paymentId());
    assertThat(core.outbox().row(request.idempotencyKey()))
        .get()
        .extracting(InMemoryOutbox.Row::status)
        .isEqualTo(InMemoryOutbox.Status.SENT);
    assertThat(core.notifications(NotificationTemplate.BOOKING_CREATED))
        .singleElement()
        .satisfies(n -> assertThat(n.data()).containsEntry("amount", "1500.00"));
  }

  @Test
  void aFreeBookingOpensNoPayment() {
    Event free = core.store(TestEvents.aPublishedEvent().build());

    core.book(alice, free.id());

    assertThat(core.payments().startCalls()).isEmpty();
    assertThat(core.outbox().rows())
        .extracting(row -> row.payload().idempotencyKey())
        .noneMatch(key -> key.startsWith("payment.init:"));
  }

  @Test
  void withThePaymentServiceDownTheBookingStaysPendingAndTheOutboxRetries() {
    core.payments().goDown();

    Booking booking = book(Optional.empty()).booking().booking();

    assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
    assertThat(booking.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    assertThat(booking.paymentUrl()).isEmpty();
    InMemoryOutbox.Row retry = core.outbox().row("payment.init:" + booking.id()).orElseThrow();
    assertThat(retry.status()).isEqualTo(InMemoryOutbox.Status.PENDING);
    assertThat(retry.attempts()).isEqualTo(1);
    assertThat(retry.lastError()).contains("timeout after 5000ms");
    assertThat(retry.nextAttemptAt())
        .isEqualTo(core.clock().now().plus(InMemoryCore.OUTBOX.backoffAfter(1)));

    core.payments().comeBack();
    core.clock().advance(Duration.ofSeconds(10));
    core.relayOutbox().relay();

    Booking later = core.booking(booking.id());
    assertThat(later.paymentId()).isPresent();
    assertThat(later.paymentUrl()).isPresent();
    assertThat(core.outbox().row("payment.init:" + booking.id()).orElseThrow().status())
        .isEqualTo(InMemoryOutbox.Status.SENT);
  }

  @Test
  void aRetriedRequestOpensTheMissingPaymentOnce() {
    core.payments().goDown();
    Booking first = book(Optional.of("k-1")).booking().booking();
    core.payments().comeBack();

    BookingOutcome.Booked replay = book(Optional.of("k-1"));

    assertThat(replay.replayed()).isTrue();
    assertThat(replay.booking().booking().id()).isEqualTo(first.id());
    assertThat(replay.booking().booking().paymentUrl()).isPresent();
    assertThat(core.payments().sessionOf(core.payments().startCalls().getFirst())).isPresent();
    assertThat(core.payments().startCalls()).hasSize(2);
  }

  @Test
  void aRetriedRequestDuringTheOutageLeavesTheRetryCountToTheRelay() {
    core.payments().goDown();
    Booking first = book(Optional.of("k-2")).booking().booking();

    book(Optional.of("k-2"));

    assertThat(core.payments().startCalls()).hasSize(2);
    assertThat(core.outbox().row("payment.init:" + first.id()).orElseThrow().attempts())
        .isEqualTo(1);
  }

  @Test
  void thePaymentOfABookingThatEndedMeanwhileIsNotOpened() {
    core.payments().goDown();
    Booking booking = book(Optional.empty()).booking().booking();
    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());
    core.payments().comeBack();
    core.clock().advance(Duration.ofMinutes(1));

    core.relayOutbox().relay();

    assertThat(core.payments().startCalls()).hasSize(1);
    assertThat(core.outbox().row("payment.init:" + booking.id()).orElseThrow().status())
        .isEqualTo(InMemoryOutbox.Status.SKIPPED);
  }
}
