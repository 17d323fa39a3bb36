package org.aquastream.event.domain.booking;

import static org.aquastream.event.domain.Fixtures.GRACE;
import static org.aquastream.event.domain.Fixtures.NOW;
import static org.aquastream.event.domain.Fixtures.START;
import static org.aquastream.event.domain.Fixtures.TTL;
import static org.aquastream.event.domain.Fixtures.booking;
import static org.aquastream.event.domain.Fixtures.published;
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
    Booking unpaid = booking(BookingStatus.PENDING, PaymentStatus.PENDING);
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
    Booking late = booking(BookingStatus.PENDING, PaymentStatus.NOT_REQUIRED);
    var afterDeadline = NOW.plus(TTL).plus(GRACE).plus(Duration.ofMinutes(1));

    assertThat(late.confirmManually(afterDeadline).status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void aNoShowIsRecordedOnlyOnceTheEventHasStarted() {
    Event event = published(10, 1);
    Booking confirmed = booking(BookingStatus.CONFIRMED, PaymentStatus.NOT_REQUIRED);

    assertThatThrownBy(() -> confirmed.markNoShow(event, START.minusSeconds(1)))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("started");
    assertThat(confirmed.markNoShow(event, START).status()).isEqualTo(BookingStatus.NO_SHOW);
  }

  @Test
  void aPendingBookingCannotBeANoShow() {
    Booking pending = booking(BookingStatus.PENDING, PaymentStatus.NOT_REQUIRED);

    assertThatThrownBy(() -> pending.markNoShow(published(10, 1), START.plusSeconds(1)))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("PENDING");
  }
}
