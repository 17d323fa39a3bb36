package org.aquastream.event.domain.booking;

import static org.aquastream.event.domain.testdata.TestBookings.GRACE;
import static org.aquastream.event.domain.testdata.TestBookings.TTL;
import static org.aquastream.event.domain.testdata.TestBookings.aBooking;
import static org.aquastream.event.domain.testdata.TestEvents.START;
import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.junit.jupiter.api.Test;

/** The changes an organizer makes to its participants' bookings. */
class OrganizerBookingChangesTest {

  @Test
  void anOrganizerConfirmsAnUnpaidBookingItWasPaidForInCash() {
    Booking unpaid = aBooking(BookingStatus.PENDING, PaymentStatus.PENDING).build();
    assertThatThrownBy(() -> unpaid.confirm(NOW, GRACE))
        .as("the participant alone cannot")
        .isInstanceOf(InvalidStateException.class);

    Booking confirmed = unpaid.confirmManually(NOW.plusSeconds(5));

    assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(confirmed.paymentStatus())
        .as("the payment record is left as it was")
        .isEqualTo(PaymentStatus.PENDING);
    assertThat(confirmed.updatedAt()).isEqualTo(NOW.plusSeconds(5));
  }

  @Test
  void aManualConfirmationIgnoresTheExpiryDeadlineOfAStillPendingBooking() {
    Booking late = aBooking(BookingStatus.PENDING, PaymentStatus.NOT_REQUIRED).build();
    var afterDeadline = NOW.plus(TTL).plus(GRACE).plus(Duration.ofMinutes(1));

    assertThat(late.confirmManually(afterDeadline).status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void aNoShowIsRecordedOnlyOnceTheEventHasStarted() {
    Event event = aPublishedEvent().capacity(10).available(9).build();
    Booking confirmed = aBooking(BookingStatus.CONFIRMED, PaymentStatus.NOT_REQUIRED).build();

    assertThatThrownBy(() -> confirmed.markNoShow(event, START.minusSeconds(1)))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("started");
    assertThat(confirmed.markNoShow(event, START).status()).isEqualTo(BookingStatus.NO_SHOW);
  }

  @Test
  void aPendingBookingCannotBeANoShow() {
    Booking pending = aBooking(BookingStatus.PENDING, PaymentStatus.NOT_REQUIRED).build();

    assertThatThrownBy(
            () ->
                pending.markNoShow(
                    aPublishedEvent().capacity(10).available(9).build(), START.plusSeconds(1)))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("PENDING");
  }
}
