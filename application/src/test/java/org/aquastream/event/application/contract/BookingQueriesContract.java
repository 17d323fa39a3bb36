package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
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
    Event event = given(anEvent().organizedBy(givenOrganizer()).price("1200.00"));
    Booking booking = given(aBookingOf(event, aUser()));

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
    UserId user = aUser();
    Booking oldest =
        given(
            aBookingOf(given(anEvent().organizedBy(organizer)), user)
                .createdAt(NOW.minusSeconds(300)));
    Booking newest =
        given(
            aBookingOf(given(anEvent().organizedBy(organizer)), user)
                .createdAt(NOW.plusSeconds(300)));
    Booking tieHigh =
        given(
            aBookingOf(given(anEvent().organizedBy(organizer)), user)
                .id("f2000000-0000-4000-8000-000000000000"));
    Booking tieLow =
        given(
            aBookingOf(given(anEvent().organizedBy(organizer)), user)
                .id("12000000-0000-4000-8000-000000000000"));
    given(aBookingOf(given(anEvent().organizedBy(organizer)), aUser()));

    Page<BookingWithEvent> page = ports.bookingQueries().listByUser(user, Optional.empty(), FIRST);

    assertThat(ids(page)).containsExactly(newest.id(), tieLow.id(), tieHigh.id(), oldest.id());
    assertThat(page.total()).isEqualTo(4);
  }

  @Test
  void theStatusFilterKeepsOnlyThatStatus() {
    Event event = givenEvent();
    UserId user = aUser();
    Booking cancelled = given(aBookingOf(event, user).status(BookingStatus.CANCELLED));
    Booking pending = given(aBookingOf(event, user));

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
    UserId user = aUser();
    for (int i = 0; i < 5; i++) {
      given(aBookingOf(event, user).status(BookingStatus.CANCELLED).createdAt(NOW.plusSeconds(i)));
    }

    Page<BookingWithEvent> last =
        ports.bookingQueries().listByUser(user, Optional.empty(), new PageRequest(2, 2));

    assertThat(last.items()).hasSize(1);
    assertThat(last.items().get(0).booking().createdAt()).isEqualTo(NOW);
    assertThat(last.total()).isEqualTo(5);
  }

  private static List<BookingId> ids(Page<BookingWithEvent> page) {
    return page.items().stream().map(found -> found.booking().id()).toList();
  }
}
