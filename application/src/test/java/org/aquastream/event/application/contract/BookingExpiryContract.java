package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aquastream.event.application.port.out.booking.BookingExpiry;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.outbox.OutboxMessage;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.aquastream.event.application.service.booking.BookingFollowUps;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.Organizer;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BookingExpiry} must do: lock the events of the next due bookings in id order,
 * then expire those bookings exactly as the domain expires one, each with the notification every
 * booking notification is, and count the seats each event got back.
 */
public abstract class BookingExpiryContract extends PortContract {
  private static final Instant CUTOFF = NOW.minus(Duration.ofMinutes(5));
  private static final BookingExpiry.Batch BATCH =
      new BookingExpiry.Batch(CUTOFF, NOW, 100, "TTL_EXPIRED");

  /** The port under contract, over the store the latest {@link #emptyPorts()} emptied. */
  protected abstract BookingExpiry expiry();

  /** The relay's side of the outbox, over the same store. */
  protected abstract OutboxQueue outboxQueue();

  @Test
  void theEventsOfTheEarliestDueBookingsAreLockedInIdOrder() {
    Organizer organizer = givenOrganizer();
    Event first = given(anEvent().organizedBy(organizer));
    Event second = given(anEvent().organizedBy(organizer));
    Event latest = given(anEvent().organizedBy(organizer));
    Event notDue = given(anEvent().organizedBy(organizer));
    givenDue(first, 120);
    givenDue(second, 110);
    givenDue(latest, 100);
    given(aBookingOf(notDue, aUser()).createdAt(NOW));

    List<Event> locked = inTransaction(() -> expiry().lockEventsOfDue(CUTOFF, 2));

    assertThat(locked).extracting(Event::id).containsExactlyElementsOf(inIdOrder(first, second));
  }

  @Test
  void twoSharesSplitTheDueBookingsByEventAndTogetherExpireThemAll() {
    Organizer organizer = givenOrganizer();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Event event = given(anEvent().organizedBy(organizer));
      givenDue(event, 100 + i);
      events.add(event);
    }
    BookingExpiry.Share first = new BookingExpiry.Share(0, 2);
    BookingExpiry.Share second = new BookingExpiry.Share(1, 2);

    List<Event> lockedByFirst = inTransaction(() -> expiry().lockEventsOfDue(CUTOFF, 100, first));
    List<Event> lockedBySecond = inTransaction(() -> expiry().lockEventsOfDue(CUTOFF, 100, second));
    int expiredByFirst = inTransaction(() -> expiry().expire(events, BATCH.of(first)).bookings());
    int expiredBySecond = inTransaction(() -> expiry().expire(events, BATCH.of(second)).bookings());

    assertThat(lockedByFirst).allMatch(event -> first.contains(event.id()));
    assertThat(lockedBySecond).allMatch(event -> second.contains(event.id()));
    assertThat(lockedByFirst.size() + lockedBySecond.size()).isEqualTo(events.size());
    assertThat(expiredByFirst).isEqualTo(lockedByFirst.size());
    assertThat(expiredBySecond).isEqualTo(lockedBySecond.size());
  }

  @Test
  void nothingDueLocksNothing() {
    given(aBookingOf(givenEvent(), aUser()).createdAt(NOW));

    assertThat(inTransaction(() -> expiry().lockEventsOfDue(CUTOFF, 10))).isEmpty();
  }

  @Test
  void theDueBookingsOfTheLockedEventsExpireAndEachEventCountsItsSeats() {
    Organizer organizer = givenOrganizer();
    Event locked = given(anEvent().organizedBy(organizer).maxSeatsPerBooking(4));
    Event other = given(anEvent().organizedBy(organizer));
    Booking due = givenDue(locked, 90);
    Booking alsoDue =
        given(aBookingOf(locked, aUser()).seats(3).createdAt(NOW.minus(Duration.ofMinutes(80))));
    Booking notDue = given(aBookingOf(locked, aUser()).createdAt(NOW));
    Booking confirmed =
        given(
            aBookingOf(locked, aUser())
                .createdAt(NOW.minus(Duration.ofHours(2)))
                .paid()
                .status(BookingStatus.CONFIRMED));
    Booking dueElsewhere = givenDue(other, 90);

    BookingExpiry.Expired expired = inTransaction(() -> expiry().expire(List.of(locked), BATCH));

    assertThat(expired).isEqualTo(new BookingExpiry.Expired(2, Map.of(locked.id(), 4)));
    for (Booking booking : List.of(due, alsoDue)) {
      assertThat(ports.bookings().findById(booking.id()))
          .get()
          .usingRecursiveComparison()
          .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
          .isEqualTo(booking.expire(NOW));
    }
    assertThat(statusOf(notDue)).isEqualTo(BookingStatus.PENDING);
    assertThat(statusOf(confirmed)).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(statusOf(dueElsewhere)).isEqualTo(BookingStatus.PENDING);
  }

  @Test
  void atMostTheLimitExpiresEarliestDueFirst() {
    Event event = givenEvent();
    Booking earliest = givenDue(event, 120);
    Booking next = givenDue(event, 110);
    Booking latest = givenDue(event, 100);

    BookingExpiry.Expired expired =
        inTransaction(
            () ->
                expiry()
                    .expire(
                        List.of(event), new BookingExpiry.Batch(CUTOFF, NOW, 2, "TTL_EXPIRED")));

    assertThat(expired).isEqualTo(new BookingExpiry.Expired(2, Map.of(event.id(), 2)));
    assertThat(statusOf(earliest)).isEqualTo(BookingStatus.EXPIRED);
    assertThat(statusOf(next)).isEqualTo(BookingStatus.EXPIRED);
    assertThat(statusOf(latest)).isEqualTo(BookingStatus.PENDING);
  }

  @Test
  void anExpiredBookingIsNotifiedAsEveryBookingChangeIs() {
    Organizer organizer = givenOrganizer();
    Event free = given(anEvent().organizedBy(organizer));
    Event paid = given(anEvent().organizedBy(organizer).price("1250.50"));
    Booking freeBooking = givenDue(free, 90);
    Booking paidBooking = givenDue(paid, 90);

    inTransaction(() -> expiry().expire(List.of(free, paid), BATCH));

    List<OutboxMessage> sent =
        inTransaction(
            () ->
                outboxQueue()
                    .claimDue(
                        Set.of(OutboxKind.NOTIFICATION),
                        NOW.plusSeconds(1),
                        10,
                        NOW.plusSeconds(60)));
    assertThat(sent)
        .extracting(OutboxMessage::payload)
        .containsExactlyInAnyOrder(
            BookingFollowUps.notification(
                NotificationTemplate.BOOKING_EXPIRED, stored(freeBooking), free),
            BookingFollowUps.notification(
                NotificationTemplate.BOOKING_EXPIRED, stored(paidBooking), paid));
  }

  /** A PENDING booking of {@code event} made {@code minutesAgo} minutes ago, due by now. */
  private Booking givenDue(Event event, int minutesAgo) {
    return given(aBookingOf(event, aUser()).createdAt(NOW.minus(Duration.ofMinutes(minutesAgo))));
  }

  private Booking stored(Booking booking) {
    return ports.bookings().findById(booking.id()).orElseThrow();
  }

  private BookingStatus statusOf(Booking booking) {
    return stored(booking).status();
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    return ports.unitOfWork().inTransaction(work);
  }

  private static List<EventId> inIdOrder(Event... events) {
    return Stream.of(events)
        .map(Event::id)
        .sorted(Comparator.comparing(EventId::toString))
        .toList();
  }
}
