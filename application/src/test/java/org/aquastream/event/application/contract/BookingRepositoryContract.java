package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link BookingRepository} must do: store bookings, one active per user and event. */
public abstract class BookingRepositoryContract extends PortContract {
  private static final Duration GRACE = Duration.ZERO;

  @Test
  void storedBookingReadsBackFieldForField() {
    Event paid = given(anEvent().organizedBy(givenOrganizer()).price("2500.00"));
    Booking booking =
        aBookingOf(paid, aUser()).payment(UUID.randomUUID(), "https://pay.example.org/p/1").build();

    assertThat(ports.bookings().insertIfNoActive(booking)).isTrue();

    assertThat(ports.bookings().findById(booking.id()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(booking);
  }

  @Test
  void aPartysBookingKeepsItsSeatsAndTheSeatsItWasLoweredTo() {
    Event paid =
        given(anEvent().organizedBy(givenOrganizer()).maxSeatsPerBooking(4).price("500.00"));
    Booking party =
        aBookingOf(paid, aUser()).seats(4).status(BookingStatus.CONFIRMED).paid().build();
    assertThat(ports.bookings().insertIfNoActive(party)).isTrue();
    Booking lowered = party.lowerSeats(2, NOW.plusSeconds(30));

    ports.bookings().update(lowered);

    Booking stored = ports.bookings().findById(party.id()).orElseThrow();
    assertThat(stored).usingRecursiveComparison().isEqualTo(lowered);
    assertThat(stored.seats()).isEqualTo(2);
    assertThat(stored.amount().amount()).isEqualByComparingTo("1000.00");
  }

  @Test
  void aBookingIsFoundByItsPaymentId() {
    Event paid = given(anEvent().organizedBy(givenOrganizer()).price("900.00"));
    UUID paymentId = UUID.randomUUID();
    Booking booking = given(aBookingOf(paid, aUser()).payment(paymentId, null));
    given(aBookingOf(paid, aUser()).payment(UUID.randomUUID(), null));

    assertThat(ports.bookings().findByPaymentId(paymentId))
        .get()
        .extracting(Booking::id)
        .isEqualTo(booking.id());
    assertThat(ports.bookings().findByPaymentId(UUID.randomUUID())).isEmpty();
  }

  @Test
  void aSecondPendingBookingOfTheSameUserForTheSameEventIsRefused() {
    Event event = givenEvent();
    UserId user = aUser();
    Booking first = given(aBookingOf(event, user));

    boolean inserted = ports.bookings().insertIfNoActive(aBookingOf(event, user).build());

    assertThat(inserted).isFalse();
    assertThat(ports.bookings().findActive(event.id(), user))
        .get()
        .extracting(Booking::id)
        .isEqualTo(first.id());
  }

  @Test
  void aConfirmedBookingAlsoBlocksASecondOne() {
    Event event = givenEvent();
    UserId user = aUser();
    given(aBookingOf(event, user).status(BookingStatus.CONFIRMED));

    assertThat(ports.bookings().insertIfNoActive(aBookingOf(event, user).build())).isFalse();
  }

  @Test
  void aUserMayBookAgainAfterCancelling() {
    Event event = givenEvent();
    UserId user = aUser();
    Booking first = given(aBookingOf(event, user));
    ports.bookings().update(first.cancel("changed plans", NOW.plusSeconds(60)));

    Booking second = aBookingOf(event, user).createdAt(NOW.plusSeconds(120)).build();

    assertThat(ports.bookings().insertIfNoActive(second)).isTrue();
    assertThat(ports.bookings().findActive(event.id(), user))
        .get()
        .extracting(Booking::id)
        .isEqualTo(second.id());
  }

  @Test
  void aUserMayBookAgainAfterTheBookingExpired() {
    Event event = givenEvent();
    UserId user = aUser();
    given(aBookingOf(event, user).status(BookingStatus.EXPIRED));

    assertThat(ports.bookings().insertIfNoActive(aBookingOf(event, user).build())).isTrue();
  }

  @Test
  void otherUsersAndOtherEventsAreNotBlocked() {
    Organizer organizer = givenOrganizer();
    Event event = given(anEvent().organizedBy(organizer));
    Event otherEvent = given(anEvent().organizedBy(organizer));
    UserId user = aUser();
    given(aBookingOf(event, user));

    assertThat(ports.bookings().insertIfNoActive(aBookingOf(event, aUser()).build())).isTrue();
    assertThat(ports.bookings().insertIfNoActive(aBookingOf(otherEvent, user).build())).isTrue();
  }

  @Test
  void findActiveIgnoresEndedBookings() {
    Event event = givenEvent();
    UserId user = aUser();
    given(aBookingOf(event, user).status(BookingStatus.CANCELLED));
    given(aBookingOf(event, user).status(BookingStatus.COMPLETED));

    assertThat(ports.bookings().findActive(event.id(), user)).isEmpty();
  }

  @Test
  void updateStoresStatusPaymentAndReason() {
    Event paid = given(anEvent().organizedBy(givenOrganizer()).price("700.00"));
    Booking booking =
        given(
            aBookingOf(paid, aUser())
                .paymentStatus(PaymentStatus.SUCCEEDED)
                .payment(UUID.randomUUID(), "https://pay.example.org/p/2"));
    Booking confirmed = booking.confirm(NOW.plusSeconds(30), GRACE);
    Booking cancelled = confirmed.cancel("ill", NOW.plusSeconds(90));

    ports.bookings().update(cancelled);

    Booking stored = ports.bookings().findById(booking.id()).orElseThrow();
    assertThat(stored).usingRecursiveComparison().isEqualTo(cancelled);
    assertThat(stored.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(stored.paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
    assertThat(stored.cancelReason()).contains("ill");
  }

  @Test
  void updateAllStoresEveryGivenBooking() {
    Event event = givenEvent();
    Booking first = given(aBookingOf(event, aUser()));
    Booking second = given(aBookingOf(event, aUser()));
    Booking untouched = given(aBookingOf(event, aUser()));

    ports
        .bookings()
        .updateAll(
            List.of(
                first.cancel("EVENT_CANCELLED", NOW.plusSeconds(10)),
                second.expire(NOW.plusSeconds(10))));

    assertThat(statusOf(first)).isEqualTo(BookingStatus.CANCELLED);
    assertThat(statusOf(second)).isEqualTo(BookingStatus.EXPIRED);
    assertThat(statusOf(untouched)).isEqualTo(BookingStatus.PENDING);
  }

  @Test
  void updateAllOfNothingChangesNothing() {
    Booking booking = given(aBookingOf(givenEvent(), aUser()));

    ports.bookings().updateAll(List.of());

    assertThat(statusOf(booking)).isEqualTo(BookingStatus.PENDING);
  }

  @Test
  void lockingActiveBookingsOfAnEventReturnsOnlyThose() {
    Organizer organizer = givenOrganizer();
    Event event = given(anEvent().organizedBy(organizer));
    Event otherEvent = given(anEvent().organizedBy(organizer));
    Booking pending = given(aBookingOf(event, aUser()));
    Booking confirmed = given(aBookingOf(event, aUser()).status(BookingStatus.CONFIRMED));
    given(aBookingOf(event, aUser()).status(BookingStatus.CANCELLED));
    given(aBookingOf(event, aUser()).status(BookingStatus.NO_SHOW));
    given(aBookingOf(otherEvent, aUser()));

    List<Booking> locked =
        ports.unitOfWork().inTransaction(() -> ports.bookings().lockActiveByEvent(event.id()));

    assertThat(locked)
        .extracting(Booking::id)
        .containsExactlyInAnyOrder(pending.id(), confirmed.id());
  }

  @Test
  void aLockedBookingIsTheStoredOne() {
    Booking booking = given(aBookingOf(givenEvent(), aUser()));

    assertThat(ports.unitOfWork().inTransaction(() -> ports.bookings().lockById(booking.id())))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(booking);
    assertThat(ports.bookings().lockById(BookingId.newId())).isEmpty();
  }

  private BookingStatus statusOf(Booking booking) {
    return ports.bookings().findById(booking.id()).orElseThrow().status();
  }
}
