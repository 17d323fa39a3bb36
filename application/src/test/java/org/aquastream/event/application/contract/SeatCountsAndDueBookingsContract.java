package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestBookings.TTL;
import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.junit.jupiter.api.Test;

/**
 * What the jobs need of the event and booking repositories: several seats at once within
 * 0..capacity, ended events, and due PENDING bookings.
 */
public abstract class SeatCountsAndDueBookingsContract extends PortContract {
  @Test
  void severalSeatsAreTakenOnlyWhenThatManyAreFree() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(10).available(3));

    assertThat(ports.events().takeSeats(event.id(), 4)).isFalse();
    assertThat(available(event)).isEqualTo(3);
    assertThat(ports.events().takeSeats(event.id(), 3)).isTrue();
    assertThat(available(event)).isZero();
  }

  @Test
  void releasedSeatsNeverExceedTheCapacity() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(10).available(6));

    ports.events().releaseSeats(event.id(), 3);
    assertThat(available(event)).isEqualTo(9);
    ports.events().releaseSeats(event.id(), 5);
    assertThat(available(event)).isEqualTo(10);
    ports.events().releaseSeats(event.id(), 0);
    assertThat(available(event)).isEqualTo(10);
  }

  @Test
  void seatsTakenTogetherComeFromEachOpenEventWithEnoughAndFromNoOtherEvent() {
    Organizer organizer = givenOrganizer();
    Event roomy = given(anEvent().organizedBy(organizer).capacity(10).available(5));
    Event tight = given(anEvent().organizedBy(organizer).capacity(10).available(1));
    Event cancelled =
        given(anEvent().organizedBy(organizer).capacity(10).status(EventStatus.CANCELLED));
    Event started = given(anEvent().organizedBy(organizer).capacity(10).startsAt(NOW));

    Set<EventId> taken =
        ports
            .unitOfWork()
            .inTransaction(
                () ->
                    ports
                        .events()
                        .takeSeatsIfOpen(
                            Map.of(
                                roomy.id(), 3, tight.id(), 2, cancelled.id(), 1, started.id(), 1),
                            NOW));

    assertThat(taken).containsExactly(roomy.id());
    assertThat(available(roomy)).isEqualTo(2);
    assertThat(available(tight)).isEqualTo(1);
    assertThat(available(cancelled)).isEqualTo(10);
    assertThat(available(started)).isEqualTo(10);
  }

  @Test
  void seatsGivenBackTogetherReachEachEventNeverBeyondItsCapacity() {
    Organizer organizer = givenOrganizer();
    Event first = given(anEvent().organizedBy(organizer).capacity(10).available(2));
    Event second = given(anEvent().organizedBy(organizer).capacity(5).available(4));
    Event untouched = given(anEvent().organizedBy(organizer).capacity(5).available(1));

    ports.events().releaseSeatsAll(Map.of(first.id(), 3, second.id(), 3));

    assertThat(available(first)).isEqualTo(5);
    assertThat(available(second)).isEqualTo(5);
    assertThat(available(untouched)).isEqualTo(1);
  }

  @Test
  void eventsLockedTogetherComeInIdOrderAndUnknownIdsAreLeftOut() {
    Organizer organizer = givenOrganizer();
    Event one = given(anEvent().organizedBy(organizer));
    Event two = given(anEvent().organizedBy(organizer));
    Event three = given(anEvent().organizedBy(organizer));

    List<Event> locked =
        ports
            .unitOfWork()
            .inTransaction(
                () ->
                    ports
                        .events()
                        .lockAll(Set.of(three.id(), EventId.newId(), one.id(), two.id())));

    assertThat(locked)
        .extracting(Event::id)
        .containsExactlyElementsOf(
            Stream.of(one, two, three)
                .map(Event::id)
                .sorted(Comparator.comparing(EventId::toString))
                .toList());
  }

  @Test
  void endedPublishedEventsAreFoundEarliestEndFirst() {
    Organizer organizer = givenOrganizer();
    Event endedLater =
        given(anEvent().organizedBy(organizer).startsAt(NOW.minus(Duration.ofHours(5))));
    Event endedFirst =
        given(anEvent().organizedBy(organizer).startsAt(NOW.minus(Duration.ofDays(2))));
    given(anEvent().organizedBy(organizer).startsAt(NOW.minus(Duration.ofHours(1))));
    given(
        anEvent()
            .organizedBy(organizer)
            .startsAt(NOW.minus(Duration.ofDays(3)))
            .status(EventStatus.CANCELLED));
    given(
        anEvent()
            .organizedBy(organizer)
            .startsAt(NOW.minus(Duration.ofDays(3)))
            .status(EventStatus.COMPLETED));

    assertThat(ports.events().findPublishedEndedBefore(NOW, 10))
        .containsExactly(endedFirst.id(), endedLater.id());
    assertThat(ports.events().findPublishedEndedBefore(NOW, 1)).containsExactly(endedFirst.id());
  }

  @Test
  void duePendingBookingsAreFoundLongestOverdueFirst() {
    Event event = givenEvent();
    Booking oldest = given(aBookingOf(event, aUser()).createdAt(NOW.minus(Duration.ofHours(3))));
    Booking older = given(aBookingOf(event, aUser()).createdAt(NOW.minus(Duration.ofHours(2))));
    Booking fresh = given(aBookingOf(event, aUser()).createdAt(NOW));
    given(
        aBookingOf(event, aUser())
            .createdAt(NOW.minus(Duration.ofHours(4)))
            .status(BookingStatus.CONFIRMED));
    Instant cutoff = NOW.minus(TTL).minusSeconds(1);

    assertThat(ports.bookings().findDuePending(cutoff, 10))
        .extracting(Booking::id)
        .containsExactly(oldest.id(), older.id());
    assertThat(ports.bookings().findDuePending(cutoff, 1))
        .extracting(Booking::id)
        .containsExactly(oldest.id());
    assertThat(fresh.status()).isEqualTo(BookingStatus.PENDING);
  }

  @Test
  void lockingDueBookingsChecksAgainThatTheyAreStillPendingAndDue() {
    Event event = givenEvent();
    Booking due = given(aBookingOf(event, aUser()).createdAt(NOW.minus(Duration.ofHours(3))));
    Booking cancelled = given(aBookingOf(event, aUser()).createdAt(NOW.minus(Duration.ofHours(3))));
    Booking fresh = given(aBookingOf(event, aUser()).createdAt(NOW));
    ports.bookings().update(cancelled.cancel("changed plans", NOW));
    Instant cutoff = NOW.minus(TTL).minusSeconds(1);

    List<Booking> locked =
        ports
            .unitOfWork()
            .inTransaction(
                () ->
                    ports
                        .bookings()
                        .lockDuePending(List.of(due.id(), cancelled.id(), fresh.id()), cutoff));

    assertThat(locked).extracting(Booking::id).containsExactly(due.id());
    assertThat(ports.bookings().lockDuePending(List.of(), cutoff)).isEmpty();
  }

  private int available(Event event) {
    return ports.events().findById(event.id()).orElseThrow().available();
  }
}
