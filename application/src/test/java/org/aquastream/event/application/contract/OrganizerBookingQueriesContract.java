package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingScope;
import org.aquastream.event.application.port.in.booking.BookingStatistics;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.application.port.out.booking.OrganizerBookingQueries;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrganizerBookingQueries} must do: an organizer's bookings newest first, within
 * its scope only, and the figures about them.
 */
public abstract class OrganizerBookingQueriesContract extends PortContract {
  private static final PageRequest FIRST = new PageRequest(0, 20);

  private Organizer organizer;
  private Event rafting;
  private Event kayak;
  private Event foreign;

  @BeforeEach
  void givenTwoOrganizersEvents() {
    organizer = givenOrganizer();
    rafting = given(anEvent().organizedBy(organizer).price("1000.00"));
    kayak = given(anEvent().organizedBy(organizer).price("250.50"));
    foreign = given(anEvent().organizedBy(givenOrganizer()).price("9999.00"));
  }

  @Test
  void anOrganizerSeesTheBookingsOfItsOwnEventsNewestFirst() {
    Booking old = booking(rafting, BookingStatus.CONFIRMED, -60);
    Booking recent = booking(kayak, BookingStatus.PENDING, 60);
    Booking middle = booking(rafting, BookingStatus.CANCELLED, 0);
    booking(foreign, BookingStatus.CONFIRMED, 30);

    Page<BookingWithEvent> page = list(own(), Optional.empty());

    assertThat(page.items())
        .extracting(b -> b.booking().id())
        .containsExactly(recent.id(), middle.id(), old.id());
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items().get(0).event()).isEqualTo(EventSummary.of(kayak));
    assertThat(page.items().get(0).booking()).usingRecursiveComparison().isEqualTo(recent);
  }

  @Test
  void filtersByEventAndByStatusCombine() {
    Booking confirmedRafting = booking(rafting, BookingStatus.CONFIRMED, 0);
    booking(rafting, BookingStatus.PENDING, 1);
    booking(kayak, BookingStatus.CONFIRMED, 2);

    Page<BookingWithEvent> page =
        list(
            new BookingScope(Optional.of(organizer.id()), Optional.of(rafting.id())),
            Optional.of(BookingStatus.CONFIRMED));

    assertThat(page.items())
        .extracting(b -> b.booking().id())
        .containsExactly(confirmedRafting.id());
  }

  @Test
  void anUnscopedViewCoversEveryOrganizer() {
    booking(rafting, BookingStatus.PENDING, 0);
    booking(foreign, BookingStatus.PENDING, 1);

    BookingScope everyone = new BookingScope(Optional.empty(), Optional.empty());

    assertThat(list(everyone, Optional.empty()).total()).isEqualTo(2);
  }

  @Test
  void statisticsCountEveryStatusAndTheRevenueOfConfirmedAndCompletedBookings() {
    booking(rafting, BookingStatus.CONFIRMED, 0);
    booking(rafting, BookingStatus.COMPLETED, 1);
    booking(kayak, BookingStatus.CONFIRMED, 2);
    booking(rafting, BookingStatus.PENDING, 3);
    booking(rafting, BookingStatus.CANCELLED, 4);
    booking(kayak, BookingStatus.NO_SHOW, 5);
    booking(foreign, BookingStatus.CONFIRMED, 6);

    BookingStatistics all = ports.organizerBookingQueries().statistics(own());
    BookingStatistics kayakOnly =
        ports
            .organizerBookingQueries()
            .statistics(new BookingScope(Optional.of(organizer.id()), Optional.of(kayak.id())));

    assertThat(all.totalBookings()).isEqualTo(6);
    assertThat(all.bookingsByStatus())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                BookingStatus.PENDING, 1L,
                BookingStatus.CONFIRMED, 2L,
                BookingStatus.COMPLETED, 1L,
                BookingStatus.EXPIRED, 0L,
                BookingStatus.CANCELLED, 1L,
                BookingStatus.NO_SHOW, 1L));
    assertThat(all.totalRevenue()).isEqualByComparingTo("2250.50");
    assertThat(all.totalRevenue().scale()).isEqualTo(2);
    assertThat(kayakOnly.totalBookings()).isEqualTo(2);
    assertThat(kayakOnly.totalRevenue()).isEqualByComparingTo("250.50");
  }

  @Test
  void statisticsCountTheSeatsOfPartiesByStatusAndTheirRevenue() {
    Event trip = given(anEvent().organizedBy(organizer).maxSeatsPerBooking(5).price("100.00"));
    given(aBookingOf(trip, aUser()).seats(3).status(BookingStatus.CONFIRMED).paid());
    given(aBookingOf(trip, aUser()).seats(2).status(BookingStatus.CONFIRMED).paid());
    given(aBookingOf(trip, aUser()).seats(4).status(BookingStatus.CANCELLED));
    given(aBookingOf(trip, aUser()));

    BookingStatistics stats =
        ports
            .organizerBookingQueries()
            .statistics(new BookingScope(Optional.of(organizer.id()), Optional.of(trip.id())));

    assertThat(stats.totalBookings()).isEqualTo(4);
    assertThat(stats.totalSeats()).isEqualTo(10);
    assertThat(stats.seatsByStatus())
        .containsEntry(BookingStatus.CONFIRMED, 5L)
        .containsEntry(BookingStatus.CANCELLED, 4L)
        .containsEntry(BookingStatus.PENDING, 1L)
        .containsEntry(BookingStatus.EXPIRED, 0L);
    assertThat(stats.bookingsByStatus()).containsEntry(BookingStatus.CONFIRMED, 2L);
    assertThat(stats.totalRevenue()).isEqualByComparingTo("500.00");
  }

  @Test
  void statisticsOfNothingAreZero() {
    BookingStatistics none = ports.organizerBookingQueries().statistics(own());

    assertThat(none.totalBookings()).isZero();
    assertThat(none.totalRevenue()).isEqualByComparingTo("0.00");
    assertThat(none.bookingsByStatus().values()).containsOnly(0L);
    assertThat(none.waitlistSize()).isZero();
    assertThat(none.totalSeats()).isZero();
    assertThat(none.seatsByStatus().values()).containsOnly(0L);
    assertThat(none.waitlistSeats()).isZero();
  }

  private BookingScope own() {
    return new BookingScope(Optional.of(organizer.id()), Optional.empty());
  }

  private Page<BookingWithEvent> list(BookingScope scope, Optional<BookingStatus> status) {
    return ports.organizerBookingQueries().list(scope, status, FIRST);
  }

  private Booking booking(Event event, BookingStatus status, int secondsFromNow) {
    PaymentStatus payment =
        status == BookingStatus.CONFIRMED || status == BookingStatus.COMPLETED
            ? PaymentStatus.SUCCEEDED
            : PaymentStatus.PENDING;
    return given(
        aBookingOf(event, aUser())
            .status(status)
            .paymentStatus(payment)
            .createdAt(NOW.plusSeconds(secondsFromNow)));
  }
}
