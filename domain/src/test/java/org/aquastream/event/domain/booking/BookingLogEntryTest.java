package org.aquastream.event.domain.booking;

import static org.aquastream.event.domain.testdata.TestBookings.TTL;
import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.ALICE;
import static org.aquastream.event.domain.testdata.TestUsers.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingLogEntryTest {
  private final Booking created =
      Booking.create(
          BookingId.newId(),
          aPublishedEvent().price("1500").capacity(10).build(),
          ALICE,
          1,
          ALICE,
          NOW,
          TTL);

  @Test
  void creationIsLoggedWithTheAmountAndNoPreviousStatus() {
    BookingLogEntry entry = BookingLogEntry.created(created, Optional.of(ALICE));

    assertThat(entry.bookingId()).isEqualTo(created.id());
    assertThat(entry.actor()).contains(ALICE);
    assertThat(entry.action()).isEqualTo(BookingAction.CREATED);
    assertThat(entry.oldStatus()).isEmpty();
    assertThat(entry.newStatus()).isEqualTo(BookingStatus.PENDING);
    assertThat(entry.details())
        .containsExactlyInAnyOrderEntriesOf(Map.of("amount", "1500.00", "seats", "1"));
    assertThat(entry.at()).isEqualTo(NOW);
  }

  @Test
  void aChangeIsLoggedFromTheOldToTheNewStatusAtTheTimeOfTheChange() {
    Booking cancelled = created.cancel("ill", NOW.plusSeconds(90));

    BookingLogEntry entry =
        BookingLogEntry.change(created, cancelled, Optional.of(BOB), Map.of("reason", "ill"));

    assertThat(entry.bookingId()).isEqualTo(created.id());
    assertThat(entry.actor()).contains(BOB);
    assertThat(entry.action()).isEqualTo(BookingAction.STATUS_CHANGE);
    assertThat(entry.oldStatus()).contains(BookingStatus.PENDING);
    assertThat(entry.newStatus()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(entry.details()).containsExactly(Map.entry("reason", "ill"));
    assertThat(entry.at()).isEqualTo(NOW.plusSeconds(90));
  }

  @Test
  void fewerSeatsAreLoggedAsAChangeOfSeatsWithTheNewAmount() {
    Booking party =
        Booking.create(
            BookingId.newId(),
            aPublishedEvent().capacity(10).maxSeatsPerBooking(4).build(),
            ALICE,
            4,
            ALICE,
            NOW,
            TTL);
    Booking smaller = party.lowerSeats(3, NOW.plusSeconds(60));

    BookingLogEntry entry = BookingLogEntry.change(party, smaller, Optional.of(ALICE));

    assertThat(entry.action()).isEqualTo(BookingAction.SEATS_CHANGE);
    assertThat(entry.oldStatus()).contains(BookingStatus.PENDING);
    assertThat(entry.newStatus()).isEqualTo(BookingStatus.PENDING);
    assertThat(entry.details())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("oldSeats", "4", "seats", "3", "amount", "0.00"));
    assertThat(entry.at()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void theSystemActsWithoutAUser() {
    Booking expired = created.expire(NOW.plusSeconds(3600));

    BookingLogEntry entry = BookingLogEntry.change(created, expired, Optional.empty(), Map.of());

    assertThat(entry.actor()).isEmpty();
    assertThat(entry.newStatus()).isEqualTo(BookingStatus.EXPIRED);
  }

  @Test
  void detailsAreACopyThatCannotBeChanged() {
    Map<String, String> details = new HashMap<>(Map.of("reason", "ill"));
    BookingLogEntry entry =
        BookingLogEntry.change(created, created.cancel("ill", NOW), Optional.empty(), details);
    details.put("reason", "changed");

    assertThat(entry.details()).containsEntry("reason", "ill");
    assertThatThrownBy(() -> entry.details().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
