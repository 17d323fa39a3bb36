package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys.Claim;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.booking.NewBookings.KeyClaim;
import org.aquastream.event.application.port.out.booking.NewBookings.NewBooking;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.outbox.OutboxEntry;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.outbox.OutboxMessage;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NewBookings} must do: write each booking of a batch with its outbox messages
 * and key claim, leave out one whose user already holds a booking or whose key is taken, and tell a
 * booking request whether its user waits in the event's queue.
 */
public abstract class NewBookingsContract extends WaitlistPortContract {
  private static final String FINGERPRINT = "POST /bookings eventId=contract";

  /** The port under contract, over the store the latest {@link #emptyPorts()} emptied. */
  protected abstract NewBookings newBookings();

  /** The relay's side of the outbox, over the same store. */
  protected abstract OutboxQueue outboxQueue();

  @Test
  void writesEveryBookingOfTheBatchAndAnswersTheirIds() {
    Event event = givenEvent();
    NewBooking first = aNewBooking(event, aUser());
    NewBooking second = aNewBooking(event, aUser());

    Set<BookingId> written = inTransaction(List.of(first, second));

    assertThat(written).containsExactlyInAnyOrder(idOf(first), idOf(second));
    for (NewBooking fresh : List.of(first, second)) {
      assertThat(ports.bookings().findById(idOf(fresh)))
          .get()
          .usingRecursiveComparison()
          .isEqualTo(fresh.booking());
    }
  }

  @Test
  void writesAPartysBookingWithAllItsSeats() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).maxSeatsPerBooking(4));
    UserId user = aUser();
    Booking party =
        Booking.create(BookingId.newId(), event, user, 4, user, NOW, Duration.ofMinutes(30));
    NewBooking fresh =
        new NewBooking(
            party, BookingLogEntry.created(party, Optional.of(user)), List.of(), Optional.empty());

    assertThat(inTransaction(List.of(fresh))).containsExactly(party.id());
    assertThat(ports.bookings().findById(party.id()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(party);
  }

  @Test
  void writesTheOutboxMessagesOfTheBookingsItWrote() {
    Event event = givenEvent();
    NewBooking fresh = aNewBooking(event, aUser());

    inTransaction(List.of(fresh));

    List<OutboxMessage> due =
        ports
            .unitOfWork()
            .inTransaction(
                () ->
                    outboxQueue()
                        .claimDue(
                            Set.of(OutboxKind.NOTIFICATION),
                            NOW.plusSeconds(1),
                            10,
                            NOW.plusSeconds(60)));
    assertThat(due).extracting(OutboxMessage::idempotencyKey).containsExactly(keyOf(fresh));
  }

  @Test
  void aKeyClaimNamesItsBookingAtOnce() {
    Event event = givenEvent();
    UserId user = aUser();
    NewBooking fresh = aNewBooking(event, user, Optional.of("key-1"));

    inTransaction(List.of(fresh));

    assertThat(ports.idempotencyKeys().peek(user, "key-1", FINGERPRINT))
        .isEqualTo(new Claim.Replay(idOf(fresh)));
  }

  @Test
  void leavesOutABookingWhoseUserAlreadyHoldsAnActiveOne() {
    Event event = givenEvent();
    UserId booked = aUser();
    given(aBookingOf(event, booked));
    NewBooking other = aNewBooking(event, aUser());
    NewBooking again = aNewBooking(event, booked);

    Set<BookingId> written = inTransaction(List.of(other, again));

    assertThat(written).containsExactly(idOf(other));
    assertThat(ports.bookings().findById(idOf(again))).isEmpty();
  }

  @Test
  void leavesOutABookingWhoseKeyIsAlreadyTaken() {
    Event event = givenEvent();
    UserId user = aUser();
    ports.idempotencyKeys().claim(user, "key-1", "POST /bookings eventId=elsewhere");
    NewBooking fresh = aNewBooking(event, user, Optional.of("key-1"));

    Set<BookingId> written = inTransaction(List.of(fresh));

    assertThat(written).doesNotContain(idOf(fresh));
  }

  @Test
  void ofTwoBookingsOfOneUserInOneBatchOnlyOneIsWritten() {
    Event event = givenEvent();
    UserId user = aUser();

    Set<BookingId> written =
        inTransaction(List.of(aNewBooking(event, user), aNewBooking(event, user)));

    assertThat(written).hasSize(1);
    assertThat(ports.bookings().findActive(event.id(), user)).isPresent();
  }

  @Test
  void leavesOutABookingWhoseUserWaitsInTheEventsQueue() {
    Event event = givenSoldOutEvent();
    UserId waiting = aUser();
    givenWaiting(event.id(), waiting);
    NewBooking fresh = aNewBooking(event, waiting);

    Set<BookingId> written = inTransaction(List.of(fresh));

    assertThat(written).isEmpty();
    assertThat(ports.bookings().findActive(event.id(), waiting)).isEmpty();
  }

  @Test
  void theEventABookingAsksForIsReadAndAnUnknownOneIsMissing() {
    Event event = givenEvent();

    assertThat(newBookings().event(event.id()))
        .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(event.id()));
    assertThat(newBookings().event(EventId.newId())).isEmpty();
  }

  private Set<BookingId> inTransaction(List<NewBooking> batch) {
    return ports.unitOfWork().inTransaction(() -> newBookings().insertAll(batch));
  }

  private static NewBooking aNewBooking(Event event, UserId user) {
    return aNewBooking(event, user, Optional.empty());
  }

  private static NewBooking aNewBooking(Event event, UserId user, Optional<String> key) {
    Booking booking =
        Booking.create(BookingId.newId(), event, user, 1, user, NOW, Duration.ofMinutes(30));
    Notification created =
        new Notification(
            user, NotificationTemplate.BOOKING_CREATED, java.util.Map.of(), keyOf(booking.id()));
    return new NewBooking(
        booking,
        BookingLogEntry.created(booking, Optional.of(user)),
        List.of(new OutboxEntry(created, NOW)),
        key.map(k -> new KeyClaim(user, k, FINGERPRINT)));
  }

  private static BookingId idOf(NewBooking booking) {
    return booking.booking().id();
  }

  private static String keyOf(NewBooking booking) {
    return keyOf(idOf(booking));
  }

  private static String keyOf(BookingId booking) {
    return "booking.created:" + booking;
  }
}
