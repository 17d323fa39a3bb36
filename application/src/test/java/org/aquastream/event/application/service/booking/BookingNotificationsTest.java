package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase.Command;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

/** Every booking change records its user's notification in the same transaction. */
class BookingNotificationsTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final Event event =
      core.store(TestEvents.aPublishedEvent().organizedBy(club).capacity(5).build());
  private final Actor alice = TestActors.user();

  @Test
  void aNewBookingIsAnnouncedWithItsEventAndDeadline() {
    Booking booking = core.book(alice, event.id());

    assertThat(core.notifications(NotificationTemplate.BOOKING_CREATED))
        .singleElement()
        .satisfies(
            (Notification n) -> {
              assertThat(n.userId()).isEqualTo(alice.userId());
              assertThat(n.idempotencyKey()).isEqualTo("booking.created:" + booking.id());
              assertThat(n.data())
                  .containsEntry("bookingId", booking.id().toString())
                  .containsEntry("eventId", event.id().toString())
                  .containsEntry("eventTitle", event.details().title())
                  .containsEntry("status", "PENDING")
                  .containsEntry("expiresAt", booking.expiresAt().orElseThrow().toString());
            });
  }

  @Test
  void confirmingCancellingAndExpiringEachNotifyOnce() {
    Booking confirmed = core.book(alice, event.id());
    Booking cancelled = core.book(TestActors.user(), event.id());
    Actor carol = TestActors.user();
    Booking expired = core.book(carol, event.id());

    core.confirmBooking().confirm(alice, confirmed.id());
    core.cancelBooking().cancel(TestActors.admin(), cancelled.id(), Optional.of("sick"));
    core.clock().advance(Duration.ofHours(1));
    core.expirePendingBookings().expirePendingBookings();
    core.expirePendingBookings().expirePendingBookings();

    assertThat(core.notifications(NotificationTemplate.BOOKING_CONFIRMED))
        .extracting(n -> n.data().get("bookingId"))
        .containsExactly(confirmed.id().toString());
    assertThat(core.notifications(NotificationTemplate.BOOKING_CANCELLED))
        .singleElement()
        .satisfies(n -> assertThat(n.data()).containsEntry("reason", "sick"));
    assertThat(core.notifications(NotificationTemplate.BOOKING_EXPIRED))
        .extracting(Notification::userId)
        .containsExactly(carol.userId());
  }

  @Test
  void aCancelledEventTellsEveryHolderOnceAndRefundsThePaidOnes() {
    Event paid =
        core.store(
            TestEvents.aPublishedEvent().organizedBy(club).price("800.00").capacity(3).build());
    Booking paidBooking = core.book(alice, paid.id());
    core.recordPaymentStatus()
        .record(
            new Command(
                Optional.empty(),
                core.booking(paidBooking.id()).paymentId().orElseThrow(),
                PaymentStatus.SUCCEEDED));
    Actor bob = TestActors.user();
    core.book(bob, paid.id());

    core.cancelEvent().cancel(TestActors.organizerOwning(club), paid.id());

    assertThat(core.notifications(NotificationTemplate.EVENT_CANCELLED))
        .extracting(Notification::userId)
        .containsExactlyInAnyOrder(alice.userId(), bob.userId());
    assertThat(core.notifications(NotificationTemplate.BOOKING_CANCELLED)).isEmpty();
    assertThat(core.outbox().refunds())
        .singleElement()
        .satisfies(refund -> assertThat(refund.bookingId()).isEqualTo(paidBooking.id()));
  }

  @Test
  void aChangeThatRollsBackRecordsNothing() {
    Booking booking = core.book(alice, event.id());
    core.confirmBooking().confirm(alice, booking.id());
    int before = core.notifications().size();

    try {
      core.confirmBooking().confirm(alice, booking.id());
    } catch (RuntimeException expected) {
      // a CONFIRMED booking cannot be confirmed again
    }

    assertThat(core.notifications()).hasSize(before);
  }

  @Test
  void theUserDirectoryDownFailsTheBookingUnlessTheCheckFailsOpen() {
    core.users().goDown();
    InMemoryCore lenient = new InMemoryCore(InMemoryCore.WAITLIST, new PaymentPolicy(false), true);
    lenient.users().goDown();
    Event open = lenient.store(TestEvents.aPublishedEvent().build());

    Booking booked = lenient.book(alice, open.id());

    assertThat(booked).isNotNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> core.book(alice, event.id()))
        .isInstanceOf(org.aquastream.event.application.error.DependencyUnavailableException.class);
  }
}
