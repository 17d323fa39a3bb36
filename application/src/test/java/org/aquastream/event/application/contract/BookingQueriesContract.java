package org.aquastream.event.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link BookingQueries} must do: a user's bookings with their events, newest first. */
public abstract class BookingQueriesContract extends PortContract {
  private static final PageRequest FIRST = new PageRequest(0, 20);

  @Test
  void aFoundBookingCarriesItsEventSummary() {
    Event event = given(ContractData.anEvent(givenOrganizer()).price("1200.00"));
    Booking booking = given(ContractData.aBooking(event, ContractData.aUser()));

    Optional<BookingWithEvent> found = ports.bookingQueries().find(booking.id());

    assertThat(found).get().extracting(BookingWithEvent::event).isEqualTo(EventSummary.of(event));
    assertThat(found)
        .get()
        .extracting(BookingWithEvent::booking)
        .usingRecursiveComparison()
        .isEqualTo(booking);
    assertThat(ports.bookingQueries().find(BookingId.newId())).isEmpty();
  }

  @Test
  void aUserSeesOnlyTheirOwnBookingsNewestFirst() {
    var organizer = givenOrganizer();
    UserId user = ContractData.aUser();
    Booking oldest =
        given(
            ContractData.aBooking(given(ContractData.anEvent(organizer)), user)
                .createdAt(ContractData.NOW.minusSeconds(300)));
    Booking newest =
        given(
            ContractData.aBooking(given(ContractData.anEvent(organizer)), user)
                .createdAt(ContractData.NOW.plusSeconds(300)));
    Booking tieHigh =
        given(
            ContractData.aBooking(given(ContractData.anEvent(organizer)), user)
                .id("f2000000-0000-4000-8000-000000000000"));
    Booking tieLow =
        given(
            ContractData.aBooking(given(ContractData.anEvent(organizer)), user)
                .id("12000000-0000-4000-8000-000000000000"));
    given(ContractData.aBooking(given(ContractData.anEvent(organizer)), ContractData.aUser()));

    Page<BookingWithEvent> page = ports.bookingQueries().listByUser(user, Optional.empty(), FIRST);

    assertThat(ids(page)).containsExactly(newest.id(), tieLow.id(), tieHigh.id(), oldest.id());
    assertThat(page.total()).isEqualTo(4);
  }

  @Test
  void theStatusFilterKeepsOnlyThatStatus() {
    Event event = givenEvent();
    UserId user = ContractData.aUser();
    Booking cancelled = given(ContractData.aBooking(event, user).status(BookingStatus.CANCELLED));
    Booking pending = given(ContractData.aBooking(event, user));

    assertThat(
            ids(
                ports
                    .bookingQueries()
                    .listByUser(user, Optional.of(BookingStatus.CANCELLED), FIRST)))
        .containsExactly(cancelled.id());
    assertThat(
            ids(ports.bookingQueries().listByUser(user, Optional.of(BookingStatus.PENDING), FIRST)))
        .containsExactly(pending.id());
    assertThat(
            ports
                .bookingQueries()
                .listByUser(user, Optional.of(BookingStatus.CONFIRMED), FIRST)
                .total())
        .isZero();
  }

  @Test
  void pagesCarryTheTotalOfAllTheUsersBookings() {
    Event event = givenEvent();
    UserId user = ContractData.aUser();
    for (int i = 0; i < 5; i++) {
      given(
          ContractData.aBooking(event, user)
              .status(BookingStatus.CANCELLED)
              .createdAt(ContractData.NOW.plusSeconds(i)));
    }

    Page<BookingWithEvent> last =
        ports.bookingQueries().listByUser(user, Optional.empty(), new PageRequest(2, 2));

    assertThat(last.items()).hasSize(1);
    assertThat(last.items().get(0).booking().createdAt()).isEqualTo(ContractData.NOW);
    assertThat(last.total()).isEqualTo(5);
  }

  private static List<BookingId> ids(Page<BookingWithEvent> page) {
    return page.items().stream().map(found -> found.booking().id()).toList();
  }
}
